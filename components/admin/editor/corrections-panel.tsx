'use client';
// A published story's corrections (Press Law 2016, art. 42), on the editor's page: every
// correction and withdrawal it has had, newest first, each correction editable (the log
// keeps before → after), and the form that attaches a new one. Never published from here
// unless the story is online; never deleted.
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { Select } from '@/components/ui/select';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { formatDateTime } from '@/lib/common/format';
import { addCorrection, editCorrection } from '@/lib/newsroom/actions/corrections';
import type { StoryCorrectionRow } from '@/lib/newsroom/data/corrections';
import { CORRECTION_POSITIONS, CORRECTIONS_PATH, correctionPositionLabels, correctionTitle } from '@/lib/newsroom/schemas/correction';

const positions = CORRECTION_POSITIONS.map((value) => ({ value, label: correctionPositionLabels[value] }));

function CorrectionFields({ values }: { values?: StoryCorrectionRow }) {
  return (
    <>
      <Field name="wrongText" id={`wrong-${values?.id ?? 'new'}`} label="Thông tin đã đăng chưa chính xác">
        <TextArea name="wrongText" rows={2} defaultValue={values?.wrongText ?? ''} />
      </Field>
      <Field name="rightText" id={`right-${values?.id ?? 'new'}`} label="Nội dung cải chính">
        <TextArea name="rightText" rows={2} defaultValue={values?.rightText ?? ''} />
      </Field>
      <Field name="notified" id={`notified-${values?.id ?? 'new'}`} label="Đã thông báo cho (cơ quan, tổ chức, cá nhân liên quan)">
        <TextInput name="notified" defaultValue={values?.notified ?? ''} />
      </Field>
      <div className="flex flex-wrap items-end gap-4">
        <Field name="position" id={`position-${values?.id ?? 'new'}`} label="Vị trí trên bài">
          <Select name="position" options={positions} defaultValue={values?.position ?? 'TOP'} />
        </Field>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" name="apology" defaultChecked={values?.apology ?? false} /> Kèm lời xin lỗi
        </label>
      </div>
    </>
  );
}

export function CorrectionsPanel({ articleId, status, corrections }: { articleId: string; status: string; corrections: StoryCorrectionRow[] }) {
  return (
    <section aria-labelledby="corrections-heading" className="mt-8 max-w-3xl space-y-4 rounded border border-stone-200 bg-white p-4">
      <h2 id="corrections-heading" className="font-serif text-xl font-bold">
        Cải chính
      </h2>
      <p className="text-sm text-stone-700">
        Theo Điều 42 Luật Báo chí 2016: lời cải chính nêu rõ thông tin đã đăng chưa chính xác và nội dung cải chính; hiện trên bài (đầu hoặc cuối bài, có ngày giờ) và trong mục{' '}
        <a href={CORRECTIONS_PATH} className="text-brand-700 underline" target="_blank" rel="noreferrer">
          Thông tin cải chính, xin lỗi
        </a>
        . Lời cải chính không xóa được; sửa thì nhật ký giữ bản trước.
      </p>
      {corrections.length > 0 ? (
        <ol className="space-y-4">
          {corrections.map((c) => (
            <li key={c.id} className="rounded border border-stone-200 p-3">
              <p className="text-sm">
                <strong>{correctionTitle(c.kind, c.apology)}</strong> · {formatDateTime(c.publishedAt)}
                {c.author ? ` · ${c.author.name}` : ''}
                {c.liftedAt ? ` · đã đăng lại bài ${formatDateTime(c.liftedAt)}` : ''}
              </p>
              {c.kind === 'WITHDRAWAL' ? (
                <dl className="mt-1 text-sm">
                  <dt className="font-semibold">Thông báo cho bạn đọc</dt>
                  <dd>{c.rightText}</dd>
                  <dt className="mt-1 font-semibold">Lý do (nội bộ)</dt>
                  <dd>{c.reason}</dd>
                </dl>
              ) : (
                <details className="mt-1">
                  <summary className="cursor-pointer text-sm text-brand-700">Sửa lời cải chính</summary>
                  <div className="mt-2">
                    <Form key={c.version} action={editCorrection} submitLabel="Lưu lời cải chính">
                      <input type="hidden" name="id" value={c.id} />
                      <input type="hidden" name="version" value={c.version} />
                      <CorrectionFields values={c} />
                    </Form>
                  </div>
                </details>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-stone-600">Bài chưa có lời cải chính nào.</p>
      )}
      {status === 'PUBLISHED' ? (
        <div className="border-t border-stone-200 pt-4">
          <h3 className="mb-2 font-semibold">Đăng lời cải chính mới</h3>
          <Form action={addCorrection} submitLabel="Đăng cải chính" resetOnSuccess>
            <input type="hidden" name="articleId" value={articleId} />
            <CorrectionFields />
          </Form>
        </div>
      ) : null}
    </section>
  );
}
