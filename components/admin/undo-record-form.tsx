'use client';
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { TextInput } from '@/components/ui/text-input';
import { undoRecordEdit } from '@/lib/registry/actions/record-undo';

/** Takes back one edit of a person or a collective, after a confirmation naming it. */
export function UndoRecordEditForm({ auditId, label, subject }: { auditId: string; label: string; subject: string }) {
  return (
    <Form
      action={async (form) => {
        if (!window.confirm(`Hoàn tác: ${label} "${subject}"? Các trường lần này đã sửa được đưa về giá trị trước đó.`)) return { ok: false, message: 'Đã hủy, chưa có gì thay đổi.' };
        return undoRecordEdit(form);
      }}
      submitLabel="Hoàn tác"
      submitVariant="secondary"
    >
      <input type="hidden" name="auditId" value={auditId} />
      <Field name="reason" label="Lý do hoàn tác" id={`undo-record-${auditId}-reason`}>
        <TextInput name="reason" required minLength={5} />
      </Field>
    </Form>
  );
}
