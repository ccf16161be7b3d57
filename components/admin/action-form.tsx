'use client';
// A form posting to a Server Action, showing its message and field errors in Vietnamese.
// The action decides everything; this only shows what it answered.
import { useRouter } from 'next/navigation';
import { createContext, useContext, useState, useTransition } from 'react';

type State = { ok: boolean; message: string; fieldErrors?: Record<string, string[]> } | null;
const ErrorsContext = createContext<Record<string, string[]>>({});

export function ActionForm({
  action,
  children,
  submitLabel,
  resetOnSuccess = false,
}: {
  action: (form: FormData) => Promise<Exclude<State, null>>;
  children: React.ReactNode;
  submitLabel: string;
  resetOnSuccess?: boolean;
}) {
  const router = useRouter();
  const [state, setState] = useState<State>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        start(async () => {
          const result = await action(data);
          setState(result);
          if (result.ok) {
            if (resetOnSuccess) form.reset();
            router.refresh();
          }
        });
      }}
    >
      <ErrorsContext.Provider value={state && !state.ok ? (state.fieldErrors ?? {}) : {}}>{children}</ErrorsContext.Provider>
      <p role="status" aria-live="polite" className={`min-h-6 text-sm font-semibold ${state?.ok ? 'text-green-800' : 'text-brand-700'}`}>
        {state?.message}
      </p>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-600 disabled:opacity-60">
        {pending ? 'Đang lưu…' : submitLabel}
      </button>
    </form>
  );
}

/** A labelled input whose errors come from the last answer of its ActionForm. */
export function Field({ name, label, children }: { name: string; label: string; children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => React.ReactNode }) {
  const errors = useContext(ErrorsContext)[name];
  const id = `field-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {children({ id, 'aria-invalid': !!errors, 'aria-describedby': errors ? `${id}-error` : undefined })}
      {errors ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-brand-700">
          {errors.join('. ')}
        </p>
      ) : null}
    </div>
  );
}
