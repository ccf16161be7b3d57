'use client';
// Text controls in the one look of the site's forms; inside a <Field> they take its id and
// error wiring.
import type { ComponentProps } from 'react';
import { useControlProps } from '@/components/ui/field';

const sizes = {
  md: 'mt-1 w-full rounded border border-stone-300 bg-white px-3 py-2',
  /** Dense grids (the decision's rows). */
  sm: 'w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm',
} as const;

export type ControlSize = keyof typeof sizes;

export function controlClass(size: ControlSize = 'md', extra?: string): string {
  return extra ? `${sizes[size]} ${extra}` : sizes[size];
}

export function TextInput({ size, className, ...props }: Omit<ComponentProps<'input'>, 'size'> & { size?: ControlSize }) {
  const control = useControlProps();
  return <input {...control} {...props} className={controlClass(size, className)} />;
}

export function TextArea({ size, className, ...props }: ComponentProps<'textarea'> & { size?: ControlSize }) {
  const control = useControlProps();
  return <textarea {...control} {...props} className={controlClass(size, className)} />;
}
