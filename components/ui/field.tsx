'use client';
// A labelled form control with its error message. The control inside (TextInput, TextArea,
// Select) takes its id and its aria-invalid / aria-describedby from the field, and the
// field takes its errors from the nearest form's last answer (components/ui/form.tsx) —
// or from `errors`, for a screen that keeps its own answer.
import { createContext, useContext, type ReactNode } from 'react';
import { useFieldErrors } from '@/components/ui/form';

export interface ControlProps {
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

const ControlContext = createContext<ControlProps | null>(null);

/** The id and error wiring of the enclosing Field, if any. */
export function useControlProps(): ControlProps | null {
  return useContext(ControlContext);
}

export const labelClass = 'block text-sm font-semibold';

export function Field({
  name,
  label,
  id = `field-${name}`,
  errors,
  hint,
  className,
  children,
}: {
  /** The field's name in the form and in the action's field errors. */
  name: string;
  label: ReactNode;
  id?: string;
  errors?: string[];
  /** A line of help under the label, read out with the control. */
  hint?: ReactNode;
  className?: string;
  /** The control; a function receives the wiring, for a control that is not one of ours. */
  children: ReactNode | ((control: ControlProps) => ReactNode);
}) {
  const formErrors = useFieldErrors()[name];
  const shown = errors ?? formErrors;
  const describedBy = [hint ? `${id}-hint` : null, shown ? `${id}-error` : null].filter(Boolean).join(' ');
  const control: ControlProps = { id, 'aria-invalid': shown ? true : undefined, 'aria-describedby': describedBy || undefined };
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-xs break-all text-stone-600">
          {hint}
        </p>
      ) : null}
      <ControlContext.Provider value={control}>{typeof children === 'function' ? children(control) : children}</ControlContext.Provider>
      {shown ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-brand-700">
          {shown.join('. ')}
        </p>
      ) : null}
    </div>
  );
}
