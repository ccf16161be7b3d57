'use client';
// The one form layer for Server Actions: the action's typed answer (ActionAnswer, from
// lib/common/action-state.ts) kept by useActionState, its message announced, its field
// errors given to each <Field>. The action decides everything; the form only shows it.
import { useRouter } from 'next/navigation';
import { createContext, startTransition, useActionState, useContext, useRef, type ComponentProps, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionAnswer, ActionState } from '@/lib/common/action-state';

const FieldErrorsContext = createContext<Record<string, string[]>>({});

/** The field errors of the nearest form's last answer. */
export function useFieldErrors(): Record<string, string[]> {
  return useContext(FieldErrorsContext);
}

/** Gives fields the errors of an answer kept outside <Form> (the article editor's). */
export function FieldErrors({ state, children }: { state: ActionState<unknown>; children: ReactNode }) {
  return <FieldErrorsContext.Provider value={state && !state.ok ? (state.fieldErrors ?? {}) : {}}>{children}</FieldErrorsContext.Provider>;
}

/** The answer's message, read out when it changes. */
export function ActionMessage({ state, className = '' }: { state: ActionState<unknown>; className?: string }) {
  return (
    <p role="status" aria-live="polite" className={`min-h-6 text-sm font-semibold ${state?.ok ? 'text-green-800' : 'text-brand-700'} ${className}`.trim()}>
      {state?.message}
    </p>
  );
}

/**
 * A Server Action's state for a form: [state, submit, pending]. `submit` takes the form's
 * data. The form is not given to React as its `action` on purpose: React resets a form after
 * its action, and a refused edit must keep what was typed; so submit dispatches the action
 * in a transition from onSubmit, and the form is reset only when asked and only on success.
 */
export function useActionForm<T>(action: (form: FormData) => Promise<ActionAnswer<T>>, onDone?: (answer: Extract<ActionAnswer<T>, { ok: true }>) => void) {
  const [state, dispatch, pending] = useActionState<ActionState<T>, FormData>(async (_previous, form) => {
    const answer = await action(form);
    if (answer.ok) onDone?.(answer);
    return answer;
  }, null);
  const submit = (form: FormData) => startTransition(() => dispatch(form));
  return [state, submit, pending] as const;
}

export function Form<T>({
  action,
  children,
  submitLabel,
  resetOnSuccess = false,
  followHref = false,
  submitVariant,
}: {
  action: (form: FormData) => Promise<ActionAnswer<T>>;
  children: ReactNode;
  submitLabel: string;
  resetOnSuccess?: boolean;
  /** On success, go to the `href` the action answered with (a record just created). */
  followHref?: boolean;
  submitVariant?: ComponentProps<typeof Button>['variant'];
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, submit, pending] = useActionForm(action, (answer) => {
    if (resetOnSuccess) formRef.current?.reset();
    const href = (answer.data as { href?: unknown } | undefined)?.href;
    if (followHref && typeof href === 'string' && href.startsWith('/admin/')) router.push(href);
    else router.refresh();
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(new FormData(event.currentTarget));
  };
  return (
    <form ref={formRef} className="space-y-3" onSubmit={onSubmit}>
      <FieldErrors state={state}>{children}</FieldErrors>
      <ActionMessage state={state} />
      <Button type="submit" variant={submitVariant} disabled={pending}>
        {pending ? 'Đang lưu…' : submitLabel}
      </Button>
    </form>
  );
}
