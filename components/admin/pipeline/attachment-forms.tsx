'use client';
// A dossier's files: attach one (posted to app/api/admin/dossiers/[id]/attachments, which
// checks it by its content) and take one off. Every message comes from the server.
import { useRouter } from 'next/navigation';
import { useRef } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ActionMessage, FieldErrors, Form, useActionForm } from '@/components/ui/form';
import { readAnswer, type ActionAnswer } from '@/lib/common/action-state';
import { removeDossierAttachment } from '@/lib/registry/actions/attachments';

const ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,image/jpeg';

export function AttachmentUploadForm({ dossierId }: { dossierId: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const send = async (data: FormData): Promise<ActionAnswer<{ id: string }>> => {
    try {
      const response = await fetch(`/api/admin/dossiers/${encodeURIComponent(dossierId)}/attachments`, { method: 'POST', body: data });
      return await readAnswer(response, z.object({ id: z.string() }), response.status === 413 ? 'Tệp quá lớn (tối đa 10 MB).' : 'Máy chủ không nhận tệp. Hãy thử lại.');
    } catch {
      return { ok: false, message: 'Mất kết nối: tệp chưa được tải lên. Hãy thử lại.' };
    }
  };
  const [answer, submit, pending] = useActionForm(send, () => {
    formRef.current?.reset();
    router.refresh();
  });
  return (
    <form
      ref={formRef}
      aria-label="Đính kèm tệp"
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        submit(new FormData(event.currentTarget));
      }}
    >
      <FieldErrors state={answer}>
        <Field name="file" id="attachment-file" label="Tệp (PDF, DOCX, XLSX hoặc JPEG; tối đa 10 MB)" hint="Báo cáo thành tích, biên bản họp Hội đồng thi đua – khen thưởng, giấy chứng nhận sáng kiến…">
          {(control) => <input type="file" name="file" accept={ACCEPT} className="mt-1 block w-full text-sm" {...control} />}
        </Field>
      </FieldErrors>
      <ActionMessage state={pending ? { ok: true, message: 'Đang tải lên…' } : answer} />
      <Button type="submit" disabled={pending}>
        Đính kèm
      </Button>
    </form>
  );
}

export function RemoveAttachmentForm({ dossierId, attachmentId, fileName }: { dossierId: string; attachmentId: string; fileName: string }) {
  return (
    <Form action={removeDossierAttachment} submitLabel={`Gỡ tệp ${fileName}`} submitVariant="outline">
      <input type="hidden" name="id" value={dossierId} />
      <input type="hidden" name="attachmentId" value={attachmentId} />
    </Form>
  );
}
