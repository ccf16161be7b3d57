'use client';
// An author's profile: the name on bylines, the page's address, job title, a short bio and
// a portrait picked from the media library. The action decides (lib/newsroom/actions/authors.ts).
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { MediaPicker } from '@/components/admin/media-picker';
import { Button } from '@/components/ui/button';
import { Field, labelClass } from '@/components/ui/field';
import { ActionMessage, FieldErrors } from '@/components/ui/form';
import { TextArea, TextInput } from '@/components/ui/text-input';
import type { ActionState } from '@/lib/common/action-state';
import type { AuthorProfileDto } from '@/lib/newsroom/data/authors';
import { updateAuthorProfile } from '@/lib/newsroom/actions/authors';
import { AUTHOR_BIO_MAX, authorPath } from '@/lib/newsroom/schemas/author';

export function AuthorProfileForm({ profile }: { profile: AuthorProfileDto }) {
  const router = useRouter();
  const [values, setValues] = useState({ name: profile.name, slug: profile.slug, jobTitle: profile.jobTitle ?? '', bio: profile.bio ?? '' });
  const [photo, setPhoto] = useState(profile.photo);
  const [picking, setPicking] = useState(false);
  const [answer, setAnswer] = useState<ActionState<unknown>>(null);
  const [pending, start] = useTransition();
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  return (
    <>
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await updateAuthorProfile({ id: profile.id, ...values, photoId: photo?.id ?? '', version: profile.version });
          setAnswer(result);
          if (result.ok) router.refresh();
        });
      }}
    >
      <FieldErrors state={answer}>
        <Field name="name" label="Họ tên (hiện trên bài viết)">
          <TextInput name="name" value={values.name} maxLength={100} onChange={set('name')} autoComplete="name" />
        </Field>
        <Field name="slug" label="Địa chỉ trang tác giả" hint={`Chữ thường không dấu và dấu gạch nối. Đổi địa chỉ thì địa chỉ cũ (${authorPath(profile.slug)}) vẫn tự chuyển tới trang.`}>
          <TextInput name="slug" value={values.slug} maxLength={80} onChange={set('slug')} autoCapitalize="none" spellCheck={false} />
        </Field>
        <Field name="jobTitle" label="Chức danh" hint="Ví dụ: Phóng viên Ban Thời sự">
          <TextInput name="jobTitle" value={values.jobTitle} maxLength={100} onChange={set('jobTitle')} />
        </Field>
        <Field name="bio" label={`Giới thiệu ngắn (tối đa ${AUTHOR_BIO_MAX} ký tự, không định dạng)`}>
          <TextArea name="bio" rows={5} value={values.bio} maxLength={AUTHOR_BIO_MAX} onChange={set('bio')} />
        </Field>
        <div>
          <span className={labelClass} id="photo-label">
            Ảnh chân dung
          </span>
          {photo ? (
            // eslint-disable-next-line @next/next/no-img-element -- the library's small variant, shown to staff only
            <img src={`/api/admin/media/${photo.id}/thumb`} alt={`Ảnh chân dung đã chọn: ${photo.alt}`} className="mt-1 size-32 rounded-full object-cover" />
          ) : (
            <p className="mt-1 text-sm text-stone-600">Chưa có ảnh.</p>
          )}
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="secondary" size="xs" aria-describedby="photo-label" onClick={() => setPicking(true)}>
              {photo ? 'Đổi ảnh' : 'Chọn ảnh từ thư viện'}
            </Button>
            {photo ? (
              <Button variant="secondary" size="xs" onClick={() => setPhoto(null)}>
                Bỏ ảnh
              </Button>
            ) : null}
          </div>
        </div>
      </FieldErrors>
      <ActionMessage state={answer} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Đang lưu…' : 'Lưu hồ sơ'}
        </Button>
        <a href={authorPath(profile.slug)} className="text-sm font-semibold text-brand-700 underline">
          Xem trang tác giả
        </a>
      </div>
    </form>
    {/* Outside the form: the picker holds its own upload form. */}
    <MediaPicker
        open={picking}
        title="Chọn ảnh chân dung"
        onPick={(item) => {
          setPhoto({ id: item.id, alt: item.alt });
          setPicking(false);
        }}
        onClose={() => setPicking(false)}
      />
    </>
  );
}
