'use client';
// The review workflow of a saved story: send for review, publish, schedule, send back with
// a note, take down — each offered only to the roles that may do it (the action checks too).
import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { TextArea, TextInput } from '@/components/ui/text-input';
import type { ActionAnswer } from '@/lib/common/action-state';
import type { ArticleEditDto } from '@/lib/newsroom/data/article-editing';
import { publishArticle, scheduleArticle, sendBackArticle, submitArticle, unpublishArticle } from '@/lib/newsroom/actions/articles';
import { articleStepNote } from '@/lib/newsroom/schemas/article';

export type StoryRef = { id: string; version: number };
export type WorkflowStep = (ref: StoryRef) => Promise<ActionAnswer<{ version: number }>>;

export function WorkflowPanel({ status, canSubmit, canPublish, pending, act }: { status: ArticleEditDto['status']; canSubmit: boolean; canPublish: boolean; pending: boolean; act: (step: WorkflowStep) => void }) {
  const [scheduleAt, setScheduleAt] = useState('');
  const [note, setNote] = useState('');
  return (
    <div className="space-y-2 rounded border border-stone-200 bg-white p-4">
      <h2 className="font-semibold">Quy trình</h2>
      <p className="text-sm text-stone-700">{articleStepNote(status, canPublish)}</p>
      {canSubmit && status === 'DRAFT' ? (
        <Button variant="outline" size="sm" block disabled={pending} onClick={() => act(submitArticle)}>
          Gửi duyệt
        </Button>
      ) : null}
      {canPublish && status !== 'PUBLISHED' ? (
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
    </div>
  );
}
