'use client';
// Stories linked to a decision or a campaign: search, add, remove, save.
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, useTransition } from 'react';
import { findStories, setStoryLinks } from '@/lib/actions/story-links';

type Story = { id: string; label: string };

export function StoryLinks({ kind, id, initial }: { kind: 'decision' | 'campaign'; id: string; initial: Story[] }) {
  const router = useRouter();
  const field = useId();
  const [selected, setSelected] = useState(initial);
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<Story[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  useEffect(() => {
    if (q.trim().length < 2) return;
    const timer = setTimeout(() => start(async () => setOptions(await findStories(q))), 250);
    return () => clearTimeout(timer);
  }, [q]);
  return (
    <div className="space-y-2">
      <ul className="text-sm">
        {selected.length === 0 ? <li className="text-stone-600">Chưa có bài viết nào.</li> : null}
        {selected.map((s) => (
          <li key={s.id} className="flex items-center gap-2">
            {s.label}
            <button type="button" aria-label={`Bỏ liên kết ${s.label}`} onClick={() => setSelected((list) => list.filter((x) => x.id !== s.id))} className="px-1 text-brand-700">
              ×
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={field} className="block text-sm font-semibold">
        Thêm bài viết (gõ tên bài, không cần dấu)
      </label>
      <input id={field} type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" className="w-full rounded border border-stone-300 px-3 py-2" />
      {q.trim().length >= 2 && options.length ? (
        <ul className="max-h-48 overflow-auto rounded border border-stone-200 bg-white text-sm">
          {options
            .filter((o) => !selected.some((s) => s.id === o.id))
            .map((o) => (
              <li key={o.id}>
                <button
                  type="button"
                  className="w-full px-2 py-1 text-left hover:bg-stone-100"
                  onClick={() => {
                    setSelected((list) => [...list, o]);
                    setQ('');
                    setOptions([]);
                  }}
                >
                  {o.label}
                </button>
              </li>
            ))}
        </ul>
      ) : null}
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
