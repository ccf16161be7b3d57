'use client';
// The registrar's forms of the comment period: open one from a closed session, mark each
// comment, and write the result into the dossiers once the period has ended.
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { Select, type Choice } from '@/components/ui/select';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { markComment, openCommentPeriod, summarizeCommentPeriod } from '@/lib/registry/actions/comment-periods';
import { removeCalendarDay, saveCalendarDay } from '@/lib/registry/actions/calendar-days';
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

const dayChoices: Choice<'off' | 'work'>[] = [
  { value: 'off', label: 'Nghỉ' },
  { value: 'work', label: 'Làm việc (làm bù)' },
];
const confirmationChoices: Choice<'CONFIRMED' | 'TO_CONFIRM'>[] = [
  { value: 'TO_CONFIRM', label: 'Chưa đối chiếu văn bản gốc' },
  { value: 'CONFIRMED', label: 'Đã đối chiếu văn bản gốc' },
];

export function CalendarDayForm() {
  return (
    <Form action={saveCalendarDay} submitLabel="Ghi ngày đã công bố" resetOnSuccess>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="date" label="Ngày">
          <TextInput name="date" type="date" />
        </Field>
        <Field name="dayOff" label="Ngày này">
          <Select name="dayOff" options={dayChoices} defaultValue="off" />
        </Field>
      </div>
      <Field name="label" label="Nội dung">
        <TextInput name="label" placeholder="Nghỉ Tết Nguyên đán (29 tháng Chạp)" />
      </Field>
      <Field name="source" label="Văn bản thông báo">
        <TextInput name="source" placeholder="Thông báo số …/TB-BNV ngày …" />
      </Field>
      <Field name="confirmation" label="Đối chiếu">
        <Select name="confirmation" options={confirmationChoices} defaultValue="TO_CONFIRM" />
      </Field>
    </Form>
  );
}

export function RemoveCalendarDayForm({ date }: { date: string }) {
  return (
    <Form action={removeCalendarDay} submitLabel="Bỏ ngày này" submitVariant="ghost">
      <input type="hidden" name="date" value={date} />
    </Form>
  );
}
