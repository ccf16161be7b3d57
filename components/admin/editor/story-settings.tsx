'use client';
// The story's settings beside the body: section, tags, layout, cover and its caption, byline,
// the search engines' title and description, and (for editors) the home page's feature.
import { Button } from '@/components/ui/button';
import { Field, labelClass } from '@/components/ui/field';
import { useFieldErrors } from '@/components/ui/form';
import { Select } from '@/components/ui/select';
import { TextArea, TextInput } from '@/components/ui/text-input';
import type { ArticleEditDto } from '@/lib/newsroom/data/article-editing';

const LAYOUTS = [
  { value: 'STANDARD', label: 'Bài thường' },
  { value: 'EMAGAZINE', label: 'E-magazine' },
] as const satisfies readonly { value: ArticleEditDto['layout']; label: string }[];

export function StorySettings({
  state,
  set,
  tagText,
  onTagText,
  categories,
  readOnly,
  canPublish,
  onPickCover,
}: {
  state: ArticleEditDto;
  set: <K extends keyof ArticleEditDto>(key: K, value: ArticleEditDto[K]) => void;
  tagText: string;
  onTagText: (text: string) => void;
  categories: { id: string; name: string }[];
  readOnly: boolean;
  canPublish: boolean;
  onPickCover: () => void;
}) {
  const errors = useFieldErrors();
  // Tag errors arrive per tag ("tags.0"): all of them are the tag field's.
  const tagErrors = Object.keys(errors)
    .filter((k) => k.startsWith('tags'))
    .flatMap((k) => errors[k]!);
  return (
    <div className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <Field name="categoryId" id="category" label="Chuyên mục">
        <Select value={state.categoryId} disabled={readOnly} onChange={(e) => set('categoryId', e.target.value)} placeholder="— Chọn chuyên mục —" options={categories.map((c) => ({ value: c.id, label: c.name }))} />
      </Field>
      <Field name="tags" id="tags" label="Thẻ (cách nhau bằng dấu phẩy)" errors={tagErrors.length ? tagErrors : undefined}>
        <TextInput value={tagText} readOnly={readOnly} onChange={(e) => onTagText(e.target.value)} />
      </Field>
      <Field name="layout" id="layout" label="Bố cục">
        <Select value={state.layout} disabled={readOnly} onChange={(e) => set('layout', e.target.value === 'EMAGAZINE' ? 'EMAGAZINE' : 'STANDARD')} options={LAYOUTS} />
      </Field>
      <div>
        <span className={labelClass} id="cover-label">
          Ảnh bìa
        </span>
        {state.coverId ? (
          // eslint-disable-next-line @next/next/no-img-element -- the library's small variant, shown to staff only
          <img src={`/api/admin/media/${state.coverId}/thumb`} alt="Ảnh bìa đã chọn" className="mt-1 aspect-video w-full rounded object-cover" />
        ) : (
          <p className="mt-1 text-sm text-stone-600">Chưa có ảnh bìa.</p>
        )}
        {!readOnly ? (
          <div className="mt-1 flex gap-2 text-sm">
            <Button variant="secondary" size="xs" aria-describedby="cover-label" onClick={onPickCover}>
              {state.coverId ? 'Đổi ảnh bìa' : 'Chọn ảnh bìa'}
            </Button>
            {state.coverId ? (
              <Button variant="secondary" size="xs" onClick={() => set('coverId', null)}>
                Bỏ ảnh bìa
              </Button>
            ) : null}
          </div>
        ) : null}
        {errors.coverId ? <p className="mt-1 text-sm text-brand-700">{errors.coverId.join('. ')}</p> : null}
      </div>
      <Field name="coverCaption" id="cover-caption" label="Chú thích ảnh bìa">
        <TextInput value={state.coverCaption ?? ''} readOnly={readOnly} onChange={(e) => set('coverCaption', e.target.value)} />
      </Field>
      <Field name="byline" id="byline" label="Bút danh (để trống: tên tài khoản)">
        <TextInput value={state.byline ?? ''} readOnly={readOnly} onChange={(e) => set('byline', e.target.value)} />
      </Field>
      <Field name="seoTitle" id="seo-title" label="Tiêu đề SEO">
        <TextInput value={state.seoTitle ?? ''} readOnly={readOnly} onChange={(e) => set('seoTitle', e.target.value)} />
      </Field>
      <Field name="seoDescription" id="seo-description" label="Mô tả SEO">
        <TextArea rows={2} value={state.seoDescription ?? ''} readOnly={readOnly} onChange={(e) => set('seoDescription', e.target.value)} />
      </Field>
      {canPublish ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={state.featured} disabled={readOnly} onChange={(e) => set('featured', e.target.checked)} />
          Nổi bật trên trang chủ
        </label>
      ) : null}
    </div>
  );
}
