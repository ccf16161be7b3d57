'use client';
// A reader's comment on a candidate of an open comment period: a plain form posting to the
// Server Action (it works without JavaScript); never published.
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { sendPublicComment } from '@/lib/registry/actions/public-comment';
import { COMMENT_LIMITS } from '@/lib/registry/schemas/council';

const input = 'mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2';

function Errors({ id, errors }: { id: string; errors: string[] | undefined }) {
  return errors?.length ? (
    <p id={id} className="mt-1 text-sm font-semibold text-brand-700">
      {errors.join(' ')}
    </p>
  ) : null;
}

export function CommentForm({ periodSlug, candidates }: { periodSlug: string; candidates: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(sendPublicComment, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const described = (name: string) => (errors[name] ? { 'aria-invalid': true, 'aria-describedby': `${name}-error` } : {});
  return (
    <form action={action} className="space-y-4" key={state?.ok ? state.message : 'form'}>
      <input type="hidden" name="periodSlug" value={periodSlug} />
      <div>
        <label htmlFor="candidateId" className="block text-sm font-semibold">
          Góp ý về
        </label>
        <select id="candidateId" name="candidateId" required className={input} {...described('candidateId')}>
          {candidates.length > 1 ? <option value="">— Chọn người được góp ý —</option> : null}
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <Errors id="candidateId-error" errors={errors.candidateId} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="authorName" className="block text-sm font-semibold">
            Họ và tên
          </label>
          <input id="authorName" name="authorName" required maxLength={COMMENT_LIMITS.name} autoComplete="name" className={input} {...described('authorName')} />
          <Errors id="authorName-error" errors={errors.authorName} />
        </div>
        <div>
          <label htmlFor="contact" className="block text-sm font-semibold">
            Điện thoại hoặc thư điện tử
          </label>
          <input id="contact" name="contact" required maxLength={COMMENT_LIMITS.contact} autoComplete="email" className={input} {...described('contact')} />
          <Errors id="contact-error" errors={errors.contact} />
        </div>
      </div>
      <div>
        <label htmlFor="body" className="block text-sm font-semibold">
          Nội dung góp ý
        </label>
        <textarea id="body" name="body" required rows={6} maxLength={COMMENT_LIMITS.body} className={input} {...described('body')} />
        <Errors id="body-error" errors={errors.body} />
      </div>
      {/* People never see this field; programs that fill every field fill it too. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="website">Trang web</label>
        <input id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <p role="status" aria-live="polite" className={`min-h-6 text-sm font-semibold ${state?.ok ? 'text-green-800' : 'text-brand-700'}`}>
        {state?.message}
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? 'Đang gửi…' : 'Gửi ý kiến'}
      </Button>
    </form>
  );
}
