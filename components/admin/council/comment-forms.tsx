'use client';
// The registrar's forms of the comment period: open one from a closed session, mark each
// comment, and write the result into the dossiers once the period has ended.
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { Select, type Choice } from '@/components/ui/select';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { markComment, openCommentPeriod, summarizeCommentPeriod } from '@/lib/registry/actions/comment-periods';
import { verdictLabels } from '@/lib/registry/council/labels';

export function OpenPeriodForm({ sessions, opensOn }: { sessions: Choice[]; opensOn: string }) {
  return (
    <Form action={openCommentPeriod} submitLabel="Mở lấy ý kiến nhân dân" followHref>
      <Field name="sessionId" label="Phiên họp đã có kết quả">
        <Select name="sessionId" options={sessions} placeholder="— Chọn phiên họp —" defaultValue={sessions.length === 1 ? sessions[0]!.value : undefined} />
      </Field>
      <Field name="opensOn" label="Ngày đăng (ngày đầu lấy ý kiến)">
        <TextInput name="opensOn" type="date" defaultValue={opensOn} />
      </Field>
      <Field name="notice" label="Nơi nhận ý kiến bằng văn bản, ghi chú thêm (nếu có)">
        <TextArea name="notice" rows={2} />
      </Field>
    </Form>
  );
}

const verdictChoices: Choice<'RELEVANT' | 'NOT_RELEVANT'>[] = [
  { value: 'RELEVANT', label: verdictLabels.RELEVANT },
  { value: 'NOT_RELEVANT', label: verdictLabels.NOT_RELEVANT },
];

export function MarkCommentForm({ periodId, commentId, verdict, note }: { periodId: string; commentId: string; verdict: 'RELEVANT' | 'NOT_RELEVANT' | null; note: string | null }) {
  return (
    <Form action={markComment} submitLabel="Lưu đánh giá" submitVariant="outline">
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="commentId" value={commentId} />
      <Field name="verdict" label="Đánh giá" id={`verdict-${commentId}`}>
        <Select name="verdict" options={verdictChoices} placeholder="— Chọn —" defaultValue={verdict ?? undefined} />
      </Field>
      <Field name="note" label="Ghi chú xử lý (nếu có)" id={`note-${commentId}`}>
        <TextInput name="note" defaultValue={note ?? ''} />
      </Field>
    </Form>
  );
}

export function SummarizeForm({ id, version }: { id: string; version: number }) {
  return (
    <Form action={summarizeCommentPeriod} submitLabel="Tổng hợp kết quả vào hồ sơ" submitVariant="dark">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </Form>
  );
}
