'use client';
// The level above's answer to a registration: accept it, or return it with a note.
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { TextArea } from '@/components/ui/text-input';
import { reviewRegistration } from '@/lib/registry/actions/registrations';

export function RegistrationReviewForm({ id, canAccept }: { id: string; canAccept: boolean }) {
  return (
    <Form action={reviewRegistration} submitLabel="Ghi ý kiến">
      <input type="hidden" name="id" value={id} />
      <fieldset className="space-y-1 text-sm">
        <legend className="font-semibold">Ý kiến của cấp trên</legend>
        {canAccept ? (
          <label className="flex items-center gap-2">
            <input type="radio" name="verdict" value="accept" defaultChecked /> Tiếp nhận đăng ký
          </label>
        ) : null}
        <label className="flex items-center gap-2">
          <input type="radio" name="verdict" value="return" defaultChecked={!canAccept} /> Trả lại để đơn vị sửa
        </label>
      </fieldset>
      <Field name="note" label="Lý do trả lại (bắt buộc khi trả lại)">
        <TextArea name="note" rows={3} />
      </Field>
    </Form>
  );
}
