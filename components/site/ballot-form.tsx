'use client';
// A council member's electronic ballot. A plain form posting to the Server Action, so it
// works before (and without) JavaScript; the answer replaces the form once counted.
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { castBallot } from '@/lib/registry/actions/ballot';
import { choiceLabels } from '@/lib/registry/council/labels';

export function BallotForm({ code, candidates }: { code: string; candidates: { id: string; name: string; jobTitle: string | null; unitName: string; proposed: string; summary: string }[] }) {
  const [state, action, pending] = useActionState(castBallot, null);
  if (state?.ok) {
    return (
      <p role="status" className="rounded border border-green-700 bg-green-50 p-4 font-semibold text-green-900">
        {state.message}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={code} />
      <ol className="space-y-4">
        {candidates.map((c, i) => (
          <li key={c.id} className="rounded border border-stone-300 bg-white p-4">
            <fieldset>
              <legend className="font-semibold">
                {i + 1}. {c.name}
                {c.jobTitle ? `, ${c.jobTitle}` : ''} – {c.unitName}
              </legend>
              <p className="mt-1 text-sm text-stone-700">Đề nghị {c.proposed}. {c.summary}</p>
              <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
                {(['YES', 'NO', 'ABSTAIN'] as const).map((choice) => (
                  <label key={choice} className="inline-flex min-h-11 items-center gap-2">
                    <input type="radio" name={`c.${c.id}`} value={choice} required className="size-5" />
                    {choiceLabels[choice]}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <p role="status" aria-live="polite" className="min-h-6 text-sm font-semibold text-brand-700">
        {state && !state.ok ? state.message : null}
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? 'Đang gửi…' : 'Gửi phiếu bầu'}
      </Button>
    </form>
  );
}
