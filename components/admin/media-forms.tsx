'use client';
// Media library forms: upload (posted to app/api/admin/media, which checks the file by its
// content), edit of alt text, caption and credit, and delete (refused while a story uses
// the image). Every message comes from the server.
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { z } from 'zod';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FieldErrors, Form, useActionForm } from '@/components/ui/form';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { readAnswer, type ActionAnswer } from '@/lib/common/action-state';
import { deleteMedia, updateMedia } from '@/lib/media/actions/media';
import type { MediaItem } from '@/lib/media/data/media';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif';

const uploaded = z.object({ id: z.string(), key: z.string(), alt: z.string(), caption: z.string().nullable(), credit: z.string().nullable() });

async function upload(data: FormData): Promise<ActionAnswer<z.infer<typeof uploaded>>> {
  try {
    const response = await fetch('/api/admin/media', { method: 'POST', body: data });
    return await readAnswer(response, uploaded, response.status === 413 ? 'Ảnh quá lớn.' : 'Máy chủ không nhận ảnh. Hãy thử lại.');
  } catch {
    return { ok: false, message: 'Mất kết nối: ảnh chưa được tải lên. Hãy thử lại.' };
  }
}

export function MediaUploadForm({ onUploaded }: { onUploaded?: (item: Pick<MediaItem, 'id' | 'alt' | 'caption' | 'credit' | 'thumb'>) => void }) {
  const router = useRouter();
  const prefix = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [answer, submit, pending] = useActionForm(upload, ({ data }) => {
    if (!data) return;
    formRef.current?.reset();
    setPreview(null);
    const key = data.key.replace(/\.[a-z0-9]+$/i, '');
    onUploaded?.({ id: data.id, alt: data.alt, caption: data.caption, credit: data.credit, thumb: `/media/${key}-w480.webp` });
    router.refresh();
  });
  return (
    <form
      ref={formRef}
      className="space-y-3"
      aria-label="Tải ảnh lên"
      onSubmit={(event) => {
        event.preventDefault();
        // A nested form (inside the editor's picker) must not submit the page's form.
        event.stopPropagation();
        submit(new FormData(event.currentTarget));
      }}
    >
      <FieldErrors state={answer}>
        <Field name="file" id={`${prefix}-file`} label="Tệp ảnh (JPEG, PNG, WebP, AVIF; tối đa 15 MB)">
          {(control) => (
            <input
              type="file"
              name="file"
              accept={ACCEPT}
              className="mt-1 block w-full text-sm"
              {...control}
              onChange={(e) => {
                const file = e.target.files?.[0];
                setPreview((old) => {
                  if (old) URL.revokeObjectURL(old);
                  return file ? URL.createObjectURL(file) : null;
                });
              }}
            />
          )}
        </Field>
        {preview ? (
          // eslint-disable-next-line @next/next/no-img-element -- a local preview (blob: URL) of the file before upload
          <img src={preview} alt="Xem trước ảnh sắp tải lên" className="max-h-40 rounded border border-stone-200" />
        ) : null}
        <Field name="alt" id={`${prefix}-alt`} label="Mô tả ảnh cho người khiếm thị (bắt buộc)">
          <TextInput name="alt" required minLength={3} maxLength={300} />
        </Field>
        <Field name="caption" id={`${prefix}-caption`} label="Chú thích">
          <TextArea name="caption" rows={2} maxLength={1000} />
        </Field>
        <Field name="credit" id={`${prefix}-credit`} label="Nguồn / tác giả ảnh">
          <TextInput name="credit" maxLength={200} />
        </Field>
      </FieldErrors>
      <p role="status" aria-live="polite" className={`min-h-6 text-sm font-semibold ${answer?.ok ? 'text-green-800' : 'text-brand-700'}`}>
        {pending ? 'Đang tải lên và tạo các cỡ ảnh…' : answer?.message}
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? 'Đang tải…' : 'Tải lên'}
      </Button>
    </form>
  );
}

export function MediaEditForm({ media }: { media: Pick<MediaItem, 'id' | 'alt' | 'caption' | 'credit'> }) {
  return (
    <Form action={updateMedia} submitLabel="Lưu thông tin ảnh">
      <input type="hidden" name="id" value={media.id} />
      <Field name="alt" label="Mô tả ảnh cho người khiếm thị (bắt buộc)">
        <TextInput name="alt" defaultValue={media.alt} required />
      </Field>
      <Field name="caption" label="Chú thích">
        <TextArea name="caption" rows={2} defaultValue={media.caption ?? ''} />
      </Field>
      <Field name="credit" label="Nguồn / tác giả ảnh">
        <TextInput name="credit" defaultValue={media.credit ?? ''} />
      </Field>
    </Form>
  );
}

export function MediaDeleteButton({ id, inUse }: { id: string; inUse: number }) {
  return (
    <ConfirmButton label="Xóa ảnh" confirm="Xóa ảnh này khỏi thư viện? Các cỡ ảnh đã tạo cũng bị xóa." run={() => deleteMedia({ id })} redirectTo="/admin/anh">
      {inUse > 0 ? <p className="mt-1 text-sm text-stone-600">Ảnh đang được {inUse} bài dùng: hệ thống sẽ từ chối xóa.</p> : null}
    </ConfirmButton>
  );
}
