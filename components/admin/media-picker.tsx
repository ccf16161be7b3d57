'use client';
// Choosing a library image for a story (cover or body): a modal dialog with a search over
// the library and an upload form; picking an image or uploading one hands it back.
// A native <dialog>: Escape closes it and focus stays inside while it is open.
import { useEffect, useRef, useState, useTransition } from 'react';
import { MediaUploadForm } from '@/components/admin/media-forms';
import { findMedia } from '@/lib/media/data/media-picker';
import type { MediaItem } from '@/lib/media/data/media';

export type PickedMedia = Pick<MediaItem, 'id' | 'alt' | 'caption' | 'credit' | 'thumb'>;

export function MediaPicker({ open, title, onPick, onClose }: { open: boolean; title: string; onPick: (item: PickedMedia) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<{ items: MediaItem[]; total: number } | null>(null);
  const [error, setError] = useState('');
  const [pending, start] = useTransition();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(
      () =>
        start(async () => {
          const r = await findMedia(q, page);
          if (r) {
            setResult(r);
            setError('');
          } else setError('Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.');
        }),
      q ? 250 : 0,
    );
    return () => clearTimeout(timer);
  }, [open, q, page]);

  const pages = result ? Math.max(1, Math.ceil(result.total / 24)) : 1;
  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="media-picker-title" className="m-auto w-[min(64rem,95vw)] rounded-lg p-0 backdrop:bg-black/50">
      <div className="flex items-center justify-between border-b border-stone-200 px-4 py-3">
        <h2 id="media-picker-title" className="font-serif text-xl font-bold">
          {title}
        </h2>
        <button type="button" onClick={onClose} className="rounded px-3 py-1 hover:bg-stone-100" aria-label="Đóng hộp chọn ảnh">
          Đóng
        </button>
      </div>
      <div className="grid gap-6 p-4 lg:grid-cols-[1fr_18rem]">
        <section aria-label="Ảnh trong thư viện">
          <label htmlFor="media-picker-q" className="block text-sm font-semibold">
            Tìm trong thư viện (mô tả, chú thích, nguồn, tên tệp)
          </label>
          <input
            id="media-picker-q"
            type="search"
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              setPage(1);
            }}
            className="mt-1 w-full rounded border border-stone-300 px-3 py-2"
            autoComplete="off"
          />
          <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm text-stone-600">
            {error || (pending ? 'Đang tìm…' : result ? `${result.total.toLocaleString('vi-VN')} ảnh` : '')}
          </p>
          <ul className="mt-2 grid max-h-[55vh] grid-cols-2 gap-3 overflow-auto sm:grid-cols-3">
            {result?.items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  onClick={() => onPick(item)}
                  className="block w-full rounded border border-stone-200 p-1 text-left text-xs hover:border-brand-600 focus:border-brand-600"
                >
                  {/* eslint-disable-next-line @next/next/no-img-element -- a library thumbnail (already a small WebP variant) */}
                  <img src={item.thumb} alt="" width={240} height={Math.round((240 * item.height) / item.width)} className="aspect-video w-full object-cover" loading="lazy" />
                  <span className="mt-1 line-clamp-2 block">{item.alt}</span>
                </button>
              </li>
            ))}
          </ul>
          {pages > 1 ? (
            <div className="mt-2 flex items-center gap-2 text-sm">
              <button type="button" disabled={page <= 1} onClick={() => setPage((p) => p - 1)} className="rounded border px-2 py-1 disabled:opacity-40">
                Trang trước
              </button>
              <span>
                Trang {page}/{pages}
              </span>
              <button type="button" disabled={page >= pages} onClick={() => setPage((p) => p + 1)} className="rounded border px-2 py-1 disabled:opacity-40">
                Trang sau
              </button>
            </div>
          ) : null}
        </section>
        <section aria-label="Tải ảnh mới" className="rounded border border-stone-200 p-3">
          <h3 className="mb-2 font-semibold">Tải ảnh mới</h3>
          {open ? <MediaUploadForm onUploaded={onPick} /> : null}
        </section>
      </div>
    </dialog>
  );
}
