'use client';
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { revokeDecision, withdrawRevocation } from '@/lib/registry/actions/decisions';

export function RevokeDecisionForm({ id }: { id: string }) {
  return (
    <Form action={revokeDecision} submitLabel="Thu hồi quyết định">
      <input type="hidden" name="id" value={id} />
      <Field name="reason" label="Lý do thu hồi (hiển thị công khai)">
        <TextArea name="reason" rows={3} />
      </Field>
      <Field name="revokedAt" label="Ngày thu hồi">
        <TextInput name="revokedAt" type="date" defaultValue={new Date().toISOString().slice(0, 10)} />
      </Field>
    </Form>
  );
}

/** Takes a revocation back (entered in error, or itself annulled), with the reason kept in the log. */
export function WithdrawRevocationForm({ id, number }: { id: string; number: string }) {
  return (
    <Form
      action={async (form) => {
        if (!window.confirm(`Hủy việc thu hồi: Quyết định số ${number} có hiệu lực trở lại và được tính lại trong mọi số liệu. Tiếp tục?`)) return { ok: false, message: 'Đã hủy, chưa có gì thay đổi.' };
        return withdrawRevocation(form);
      }}
      submitLabel="Hủy việc thu hồi"
      submitVariant="secondary"
    >
      <input type="hidden" name="id" value={id} />
      <Field name="reason" label="Lý do hủy việc thu hồi" id="withdraw-reason">
        <TextArea name="reason" rows={2} />
      </Field>
    </Form>
  );
}
