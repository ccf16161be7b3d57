'use client';
// Media library forms: upload (posted to app/api/admin/media, which checks the file by its
// content), edit of alt text, caption and credit, and delete (refused while a story uses
// the image). Every message comes from the server.
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { ActionForm, Field } from '@/components/admin/action-form';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { deleteMedia, updateMedia } from '@/lib/actions/media';
import type { MediaItem } from '@/lib/data/admin-media';

const input = 'mt-1 w-full rounded border border-stone-300 bg-white px-3 py-2';
const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif';

type UploadAnswer = { ok: boolean; message: string; fieldErrors?: Record<string, string[]>; data?: { id: string; key: string; alt: string; caption: string | null; credit: string | null; width: number; height: number } };

export function MediaUploadForm({ onUploaded }: { onUploaded?: (item: Pick<MediaItem, 'id' | 'alt' | 'caption' | 'credit' | 'thumb'>) => void }) {
  const router = useRouter();
  const prefix = useId();
  const [answer, setAnswer] = useState<UploadAnswer | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const errors = answer && !answer.ok ? (answer.fieldErrors ?? {}) : {};
  const field = (name: string, text: string, control: (props: { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => React.ReactNode) => {
    const id = `${prefix}-${name}`;
    return (
      <div>
        <label htmlFor={id} className="block text-sm font-semibold">
          {text}
        </label>
        {control({ id, name, 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `${id}-error` : undefined })}
        {errors[name] ? (
          <p id={`${id}-error`} className="mt-1 text-sm text-brand-700">
            {errors[name].join('. ')}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <form
      className="space-y-3"
      aria-label="Tải ảnh lên"
      onSubmit={(event) => {
        event.preventDefault();
        // A nested form (inside the editor's picker) must not submit the page's form.
        event.stopPropagation();
        const form = event.currentTarget;
        const data = new FormData(form);
        start(async () => {
          let result: UploadAnswer;
          try {
            const response = await fetch('/api/admin/media', { method: 'POST', body: data });
            result = response.headers.get('content-type')?.includes('json')
              ? ((await response.json()) as UploadAnswer)
              : { ok: false, message: response.status === 413 ? 'Ảnh quá lớn.' : 'Máy chủ không nhận ảnh. Hãy thử lại.' };
          } catch {
            result = { ok: false, message: 'Mất kết nối: ảnh chưa được tải lên. Hãy thử lại.' };
          }
          setAnswer(result);
          if (result.ok && result.data) {
            form.reset();
            setPreview(null);
            const key = result.data.key.replace(/\.[a-z0-9]+$/i, '');
            onUploaded?.({ id: result.data.id, alt: result.data.alt, caption: result.data.caption, credit: result.data.credit, thumb: `/media/${key}-w480.webp` });
            router.refresh();
          }
        });
      }}
    >
      {field('file', 'Tệp ảnh (JPEG, PNG, WebP, AVIF; tối đa 15 MB)', (props) => (
        <input
          type="file"
          accept={ACCEPT}
          className="mt-1 block w-full text-sm"
          {...props}
          onChange={(e) => {
            const file = e.target.files?.[0];
            setPreview((old) => {
              if (old) URL.revokeObjectURL(old);
              return file ? URL.createObjectURL(file) : null;
            });
          }}
        />
      ))}
      {preview ? (
        // eslint-disable-next-line @next/next/no-img-element -- a local preview (blob: URL) of the file before upload
        <img src={preview} alt="Xem trước ảnh sắp tải lên" className="max-h-40 rounded border border-stone-200" />
      ) : null}
      {field('alt', 'Mô tả ảnh cho người khiếm thị (bắt buộc)', (props) => <input required minLength={3} maxLength={300} className={input} {...props} />)}
      {field('caption', 'Chú thích', (props) => <textarea rows={2} maxLength={1000} className={input} {...props} />)}
      {field('credit', 'Nguồn / tác giả ảnh', (props) => <input maxLength={200} className={input} {...props} />)}
      <p role="status" aria-live="polite" className={`min-h-6 text-sm font-semibold ${answer?.ok ? 'text-green-800' : 'text-brand-700'}`}>
        {pending ? 'Đang tải lên và tạo các cỡ ảnh…' : answer?.message}
      </p>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-600 disabled:opacity-60">
        {pending ? 'Đang tải…' : 'Tải lên'}
      </button>
    </form>
  );
}

export function MediaEditForm({ media }: { media: Pick<MediaItem, 'id' | 'alt' | 'caption' | 'credit'> }) {
  return (
    <ActionForm action={updateMedia} submitLabel="Lưu thông tin ảnh">
      <input type="hidden" name="id" value={media.id} />
      <Field name="alt" label="Mô tả ảnh cho người khiếm thị (bắt buộc)">
        {(props) => <input name="alt" defaultValue={media.alt} required className={input} {...props} />}
      </Field>
      <Field name="caption" label="Chú thích">
        {(props) => <textarea name="caption" rows={2} defaultValue={media.caption ?? ''} className={input} {...props} />}
      </Field>
      <Field name="credit" label="Nguồn / tác giả ảnh">
        {(props) => <input name="credit" defaultValue={media.credit ?? ''} className={input} {...props} />}
      </Field>
    </ActionForm>
  );
}

export function MediaDeleteButton({ id, inUse }: { id: string; inUse: number }) {
  return (
    <ConfirmButton label="Xóa ảnh" confirm="Xóa ảnh này khỏi thư viện? Các cỡ ảnh đã tạo cũng bị xóa." run={() => deleteMedia({ id })} redirectTo="/admin/anh">
      {inUse > 0 ? <p className="mt-1 text-sm text-stone-600">Ảnh đang được {inUse} bài dùng: hệ thống sẽ từ chối xóa.</p> : null}
    </ConfirmButton>
  );
}
