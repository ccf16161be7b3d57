'use client';
import { ActionForm, Field } from '@/components/admin/action-form';
import { revokeDecision } from '@/lib/actions/registry';

const input = 'mt-1 w-full rounded border border-stone-300 bg-white px-3 py-2';

export function RevokeDecisionForm({ id }: { id: string }) {
  return (
    <ActionForm action={revokeDecision} submitLabel="Thu hồi quyết định">
      <input type="hidden" name="id" value={id} />
      <Field name="reason" label="Lý do thu hồi (hiển thị công khai)">
        {(props) => <textarea name="reason" rows={3} className={input} {...props} />}
      </Field>
      <Field name="revokedAt" label="Ngày thu hồi">
        {(props) => <input name="revokedAt" type="date" defaultValue={new Date().toISOString().slice(0, 10)} className={input} {...props} />}
      </Field>
    </ActionForm>
  );
}
