'use client';
// Stories linked to a decision or a campaign: search, add, remove, save.
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { SearchPicker, type PickerOption } from '@/components/admin/search-picker';
import { findStories, setStoryLinks } from '@/lib/actions/story-links';

export function StoryLinks({ kind, id, initial }: { kind: 'decision' | 'campaign'; id: string; initial: PickerOption[] }) {
  const router = useRouter();
  const field = useId();
  const [selected, setSelected] = useState(initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      {selected.length === 0 ? <p className="text-sm text-stone-600">Chưa có bài viết nào.</p> : null}
      <SearchPicker id={field} label="Thêm bài viết (gõ tên bài, không cần dấu)" selected={selected} onChange={setSelected} search={findStories} />
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await setStoryLinks({ kind, id, articleIds: selected.map((s) => s.id) });
            setMessage({ ok: r.ok, text: r.message });
            if (r.ok) router.refresh();
          })
        }
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        Lưu bài viết liên quan
      </button>
      <p role="status" aria-live="polite" className={`min-h-6 text-sm font-semibold ${message?.ok ? 'text-green-800' : 'text-brand-700'}`}>
        {message?.text}
      </p>
    </div>
  );
}
