'use client';
// A destructive action behind a confirmation: calls the Server Action, shows its answer,
// and on success goes where it says (the record itself is gone).
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { ActionMessage } from '@/components/ui/form';
import type { ActionAnswer, ActionState } from '@/lib/common/action-state';

export function ConfirmButton({ label, confirm, run, redirectTo, children }: { label: string; confirm: string; run: () => Promise<ActionAnswer<unknown>>; redirectTo: string; children?: React.ReactNode }) {
  const router = useRouter();
  const [answer, setAnswer] = useState<ActionState<unknown>>(null);
  const [pending, start] = useTransition();
  return (
    <div>
      <Button
        variant="outline"
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
      >
        {label}
      </Button>
      {children}
      <ActionMessage state={answer} className="mt-1" />
    </div>
  );
}
