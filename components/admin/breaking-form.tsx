'use client';
// The desk's breaking-news bar: the line, its link and the time it goes off, sent as an
// instant (the browser turns the desk's local time into one); and the button that turns the
// current bar off. The actions decide (lib/newsroom/actions/breaking.ts).
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ActionMessage, FieldErrors } from '@/components/ui/form';
import { TextInput } from '@/components/ui/text-input';
import type { ActionState } from '@/lib/common/action-state';
import { endBreakingNews, setBreakingNews } from '@/lib/newsroom/actions/breaking';

export function BreakingNewsForm() {
  const router = useRouter();
  const [values, setValues] = useState({ text: '', href: '', endsAt: '' });
  const [answer, setAnswer] = useState<ActionState<unknown>>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const endsAt = values.endsAt ? new Date(values.endsAt) : null;
          const result = await setBreakingNews({ text: values.text, href: values.href, endsAt: endsAt && !Number.isNaN(endsAt.getTime()) ? endsAt.toISOString() : '' });
          setAnswer(result);
          if (result.ok) {
            setValues({ text: '', href: '', endsAt: '' });
            router.refresh();
          }
        });
      }}
    >
      <FieldErrors state={answer}>
        <Field name="text" label="Dòng tin (tối đa 160 ký tự)">
          <TextInput name="text" value={values.text} maxLength={160} onChange={(e) => setValues((v) => ({ ...v, text: e.target.value }))} />
        </Field>
        <Field name="href" label="Liên kết" hint="Một trang của báo, ví dụ /bai-viet/…, hoặc một địa chỉ https://">
          <TextInput name="href" value={values.href} onChange={(e) => setValues((v) => ({ ...v, href: e.target.value }))} />
        </Field>
        <Field name="endsAt" label="Tự tắt lúc">
          <TextInput name="endsAt" type="datetime-local" step={1} value={values.endsAt} onChange={(e) => setValues((v) => ({ ...v, endsAt: e.target.value }))} />
        </Field>
      </FieldErrors>
      <ActionMessage state={answer} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Đang bật…' : 'Bật tin nóng'}
      </Button>
    </form>
  );
}

export function EndBreakingButton({ id }: { id: string }) {
  return <ConfirmButton label="Tắt ngay" confirm="Tắt tin nóng trên mọi trang ngay bây giờ?" run={() => endBreakingNews({ id })} redirectTo="/admin/tin-nong" />;
}
