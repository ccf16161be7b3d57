'use client';
// Live coverage of a published story, on the editor's page (editors): open it, post entries
// while it runs, keep the summary current, take a wrong entry down (with the reason; the desk
// keeps it) and end it. Readers' pages get each change on their next poll.
import { ConfirmButton } from '@/components/admin/confirm-button';
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { formatDateTime } from '@/lib/common/format';
import type { DeskLiveEntry } from '@/lib/newsroom/data/live';
import { addLiveEntry, endLive, removeLiveEntry, setLiveSummary, startLive } from '@/lib/newsroom/actions/live';

export interface LivePanelData {
  status: string;
  startedAt: Date | null;
  endedAt: Date | null;
  summary: string | null;
  entries: DeskLiveEntry[];
}

export function LivePanel({ articleId, live }: { articleId: string; live: LivePanelData }) {
  const here = `/admin/bai-viet/${articleId}`;
  const running = live.startedAt !== null && live.endedAt === null;
  return (
    <section aria-labelledby="live-panel-heading" className="mt-8 max-w-3xl space-y-4 rounded border border-stone-200 bg-white p-4">
      <h2 id="live-panel-heading" className="font-serif text-2xl font-bold">
        Tường thuật trực tiếp
      </h2>
      {live.startedAt === null ? (
        <>
          <p className="text-sm text-stone-700">Cho lễ trao tặng, đại hội thi đua…: các cập nhật có giờ, mới nhất ở trên, hiện trên trang của bạn đọc mà không cần tải lại. Kết thúc thì bài giữ nguyên như một bài thường.</p>
          <ConfirmButton label="Mở tường thuật trực tiếp" confirm="Mở tường thuật trực tiếp trên bài này?" run={() => startLive({ articleId })} redirectTo={here} />
        </>
      ) : (
        <p className="text-sm text-stone-700">
          {running ? <strong className="mr-1 rounded bg-brand-600 px-2 py-0.5 text-xs uppercase text-white">Đang trực tiếp</strong> : null}
          Từ {formatDateTime(live.startedAt)}
          {live.endedAt ? ` đến ${formatDateTime(live.endedAt)} (đã kết thúc)` : ''} · {live.entries.filter((e) => !e.removedAt).length.toLocaleString('vi-VN')} cập nhật
        </p>
      )}
      {running ? (
        <>
          <Form action={addLiveEntry} submitLabel="Đăng cập nhật" resetOnSuccess>
            <input type="hidden" name="articleId" value={articleId} />
            <Field name="title" id="live-title" label="Tiêu đề cập nhật (không bắt buộc)">
              <TextInput name="title" maxLength={160} />
            </Field>
            <Field name="body" id="live-body" label="Nội dung cập nhật">
              <TextArea name="body" rows={4} maxLength={4000} />
            </Field>
          </Form>
          <Form action={setLiveSummary} submitLabel="Lưu tóm tắt" submitVariant="secondary">
            <input type="hidden" name="articleId" value={articleId} />
            <Field name="summary" id="live-summary" label="Tóm tắt ở đầu bài (những điểm chính đến lúc này)">
              <TextArea name="summary" rows={3} maxLength={1000} defaultValue={live.summary ?? ''} />
            </Field>
          </Form>
          <ConfirmButton label="Kết thúc tường thuật" confirm="Kết thúc tường thuật trực tiếp? Bài giữ nguyên các cập nhật như một bài thường." run={() => endLive({ articleId })} redirectTo={here} />
        </>
      ) : null}
      {live.entries.length > 0 ? (
        <ol className="divide-y divide-stone-100">
          {live.entries.map((entry) => (
            <li key={entry.id} className="py-3 text-sm">
              <p className="text-xs text-stone-600">
                {formatDateTime(entry.createdAt)}
                {entry.authorName ? ` · ${entry.authorName}` : ''}
                {entry.removedAt ? ` · đã gỡ ${formatDateTime(entry.removedAt)}: ${entry.removedReason}` : ''}
              </p>
              {entry.title ? <p className="font-semibold">{entry.title}</p> : null}
              <p className={`whitespace-pre-line ${entry.removedAt ? 'text-stone-500 line-through' : ''}`}>{entry.body}</p>
              {entry.removedAt ? null : (
                <details className="mt-1">
                  <summary className="cursor-pointer text-brand-700">Gỡ cập nhật này</summary>
                  <Form action={removeLiveEntry} submitLabel="Gỡ khỏi trang" submitVariant="outline">
                    <input type="hidden" name="id" value={entry.id} />
                    <Field name="reason" id={`live-remove-${entry.id}`} label="Lý do gỡ (tòa soạn lưu lại)">
                      <TextInput name="reason" maxLength={300} />
                    </Field>
                  </Form>
                </details>
              )}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

