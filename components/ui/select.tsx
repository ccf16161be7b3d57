'use client';
// A choice among fixed options (an enum with its Vietnamese labels, or records by name),
// in the look of the site's forms; inside a <Field> it takes its id and error wiring.
import type { ComponentProps } from 'react';
import { useControlProps } from '@/components/ui/field';
import { controlClass, type ControlSize } from '@/components/ui/text-input';

export interface Choice<V extends string = string> {
  value: V;
  label: string;
}

export function Select<V extends string>({
  options,
  placeholder,
  size,
  className,
  ...props
}: Omit<ComponentProps<'select'>, 'size' | 'children'> & {
  options: readonly Choice<V>[];
  /** A first, empty choice ("— Chọn … —"). */
  placeholder?: string;
  size?: ControlSize;
}) {
  const control = useControlProps();
  return (
    <select {...control} {...props} className={controlClass(size, className)}>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
