'use client';
// A destructive action behind a confirmation: calls the Server Action, shows its answer,
// and on success goes where it says (the record itself is gone).
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';

type Answer = { ok: boolean; message: string };

export function ConfirmButton({ label, confirm, run, redirectTo, children }: { label: string; confirm: string; run: () => Promise<Answer>; redirectTo: string; children?: React.ReactNode }) {
  const router = useRouter();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [pending, start] = useTransition();
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(confirm)) return;
          start(async () => {
            const result = await run();
            setAnswer(result);
            if (result.ok) {
              router.replace(redirectTo);
              router.refresh();
            }
          });
        }}
        className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {label}
      </button>
      {children}
      <p role="status" aria-live="polite" className={`mt-1 min-h-6 text-sm font-semibold ${answer?.ok ? 'text-green-800' : 'text-brand-700'}`}>
        {answer?.message}
      </p>
    </div>
  );
}
