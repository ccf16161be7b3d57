'use client';
// A unit's registration sheet: the aims are checkboxes (server-rendered inside), saved as a
// draft or saved and sent to the level above in one press.
import { useRouter } from 'next/navigation';
import type { FormEvent, ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { ActionMessage, FieldErrors, useActionForm } from '@/components/ui/form';
import { saveRegistration } from '@/lib/registry/actions/registrations';

export function RegistrationForm({ unitId, year, children }: { unitId: string; year: number; children: ReactNode }) {
  const router = useRouter();
  const [state, submit, pending] = useActionForm(saveRegistration, () => router.refresh());
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const native = event.nativeEvent as SubmitEvent;
    submit(new FormData(event.currentTarget, native.submitter));
  };
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="year" value={year} />
      <FieldErrors state={state}>{children}</FieldErrors>
      <ActionMessage state={state} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="outline" disabled={pending}>
          {pending ? 'Đang lưu…' : 'Lưu bản nháp'}
        </Button>
        <Button type="submit" name="submit" value="1" disabled={pending}>
          Lưu và gửi lên cấp trên
        </Button>
      </div>
    </form>
  );
}
