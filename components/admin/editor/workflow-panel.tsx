'use client';
// The review workflow of a saved story: send for review, publish, schedule, send back with
// a note, take down, withdraw for a serious error (with a reason for staff and a notice for
// readers), and, for an administrator, put a withdrawn story back — each offered only to
// the roles that may do it (the action checks too).
import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { TextArea, TextInput } from '@/components/ui/text-input';
import type { ActionAnswer } from '@/lib/common/action-state';
import type { ArticleEditDto } from '@/lib/newsroom/data/article-editing';
import { publishArticle, scheduleArticle, sendBackArticle, submitArticle, unpublishArticle } from '@/lib/newsroom/actions/articles';
import { reinstateArticle, withdrawArticle } from '@/lib/newsroom/actions/corrections';
import { articleStepNote } from '@/lib/newsroom/schemas/article';

export type StoryRef = { id: string; version: number };
export type WorkflowStep = (ref: StoryRef) => Promise<ActionAnswer<{ version: number }>>;

export function WorkflowPanel({
  status,
  canSubmit,
  canPublish,
  canReinstate,
  pending,
  act,
}: {
  status: ArticleEditDto['status'];
  canSubmit: boolean;
  canPublish: boolean;
  canReinstate: boolean;
  pending: boolean;
  act: (step: WorkflowStep) => void;
}) {
  const [scheduleAt, setScheduleAt] = useState('');
  const [note, setNote] = useState('');
  const [withdrawal, setWithdrawal] = useState({ reason: '', notice: '', apology: false });
  const [reinstateNote, setReinstateNote] = useState('');
  return (
    <div className="space-y-2 rounded border border-stone-200 bg-white p-4">
      <h2 className="font-semibold">Quy trình</h2>
      <p className="text-sm text-stone-700">{articleStepNote(status, canPublish)}</p>
      {canSubmit && status === 'DRAFT' ? (
        <Button variant="outline" size="sm" block disabled={pending} onClick={() => act(submitArticle)}>
          Gửi duyệt
        </Button>
      ) : null}
      {canPublish && status !== 'PUBLISHED' && status !== 'WITHDRAWN' ? (
        <Button variant="publish" size="sm" block disabled={pending} onClick={() => act(publishArticle)}>
          Đăng ngay
        </Button>
      ) : null}
      {canPublish && ['DRAFT', 'IN_REVIEW', 'SCHEDULED'].includes(status) ? (
        <div>
          <Field name="publishAt" id="schedule-at" label="Hẹn giờ đăng">
            <TextInput type="datetime-local" value={scheduleAt} onChange={(e) => setScheduleAt(e.target.value)} />
          </Field>
          <Button variant="secondary" size="sm" block className="mt-1" disabled={pending || !scheduleAt} onClick={() => act((ref) => scheduleArticle({ ...ref, publishAt: new Date(scheduleAt).toISOString() }))}>
            Hẹn giờ
          </Button>
        </div>
      ) : null}
      {canPublish && status === 'IN_REVIEW' ? (
        <div>
          <Field name="note" id="send-back-note" label="Trả lại kèm ghi chú">
            <TextArea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <Button variant="secondary" size="sm" block className="mt-1" disabled={pending} onClick={() => act((ref) => sendBackArticle({ ...ref, note }))}>
            Trả lại tác giả
          </Button>
        </div>
      ) : null}
      {canPublish && (status === 'PUBLISHED' || status === 'SCHEDULED') ? (
        <Button variant="secondary" size="sm" block disabled={pending} onClick={() => act(unpublishArticle)}>
          Gỡ bài
        </Button>
      ) : null}
      {canPublish && status === 'PUBLISHED' ? (
        <details className="rounded border border-stone-200 p-2">
          <summary className="cursor-pointer text-sm font-semibold">Gỡ bài vì sai sót nghiêm trọng</summary>
          <p className="mt-1 text-xs text-stone-600">Luật Báo chí 2016, Điều 42: gỡ ngay thông tin sai, vẫn lưu nội dung. Địa chỉ của bài sẽ hiển thị thông báo dưới đây (mã 410).</p>
          <Field name="reason" id="withdraw-reason" label="Lý do (chỉ tòa soạn xem)">
            <TextArea rows={2} value={withdrawal.reason} onChange={(e) => setWithdrawal((w) => ({ ...w, reason: e.target.value }))} />
          </Field>
          <Field name="notice" id="withdraw-notice" label="Thông báo cho bạn đọc">
            <TextArea rows={2} value={withdrawal.notice} onChange={(e) => setWithdrawal((w) => ({ ...w, notice: e.target.value }))} />
          </Field>
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" checked={withdrawal.apology} onChange={(e) => setWithdrawal((w) => ({ ...w, apology: e.target.checked }))} /> Kèm lời xin lỗi
          </label>
          <Button
            variant="outline"
            size="sm"
            block
            className="mt-2"
            disabled={pending}
            onClick={() => {
              if (!window.confirm('Gỡ bài này khỏi trang vì sai sót? Bạn đọc mở địa chỉ của bài sẽ thấy thông báo gỡ bài; chỉ quản trị đăng lại được.')) return;
              act((ref) => withdrawArticle({ ...ref, ...withdrawal }));
            }}
          >
            Gỡ bài vì sai sót
          </Button>
        </details>
      ) : null}
      {canReinstate && status === 'WITHDRAWN' ? (
        <div>
          <Field name="note" id="reinstate-note" label="Lý do đăng lại">
            <TextArea rows={2} value={reinstateNote} onChange={(e) => setReinstateNote(e.target.value)} />
          </Field>
          <Button variant="secondary" size="sm" block className="mt-1" disabled={pending} onClick={() => act((ref) => reinstateArticle({ ...ref, note: reinstateNote }))}>
            Đăng lại bài
          </Button>
        </div>
      ) : null}
    </div>
  );
}
