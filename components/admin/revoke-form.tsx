'use client';
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { revokeDecision } from '@/lib/registry/actions/decisions';

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
