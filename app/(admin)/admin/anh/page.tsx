import type { Metadata } from 'next';
import Link from 'next/link';
import { MediaUploadForm } from '@/components/admin/media-forms';
import { Pagination } from '@/components/site/pagination';
import { requireStaff } from '@/lib/auth/session';
import { searchMedia } from '@/lib/media/data/media';
import { formatDate } from '@/lib/common/format';
import { NEWSROOM_ROLES } from '@/lib/auth/roles';
import { mediaListSchema } from '@/lib/media/schemas/media';
import { Button } from '@/components/ui/button';
import { TextInput } from '@/components/ui/text-input';

export const metadata: Metadata = { title: 'Thư viện ảnh' };
export const instant = false;

const PAGE_SIZE = 36;

export default async function MediaLibraryPage({ searchParams }: PageProps<'/admin/anh'>) {
  await requireStaff(NEWSROOM_ROLES, '/admin/anh');
  const filters = mediaListSchema.parse(await searchParams);
  const { items, total } = await searchMedia(filters, PAGE_SIZE);
  const hrefFor = (page: number) => {
    const p = new URLSearchParams();
    if (filters.q) p.set('q', filters.q);
    if (page > 1) p.set('page', String(page));
    const s = p.toString();
    return `/admin/anh${s ? `?${s}` : ''}`;
  };
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div>
        <h1 className="mb-4 font-serif text-3xl font-bold text-brand-700">Thư viện ảnh</h1>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-2" role="search">
          <div className="grow">
            <label htmlFor="q" className="block text-sm font-semibold">
              Tìm theo mô tả, chú thích, nguồn hoặc tên tệp (có dấu hay không dấu đều được)
            </label>
            <TextInput id="q" name="q" type="search" defaultValue={filters.q} />
          </div>
          <Button type="submit">
            Tìm
          </Button>
        </form>
        <p className="mb-3 text-sm text-stone-600">{total.toLocaleString('vi-VN')} ảnh</p>
        {items.length === 0 ? (
          <p>Không có ảnh nào{filters.q ? ' khớp với từ khóa' : ''}.</p>
        ) : (
          <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3">
            {items.map((m) => (
              <li key={m.id} className="rounded border border-stone-200 bg-white p-2">
                <Link href={`/admin/anh/${m.id}`} className="block hover:text-brand-700">
                  {/* eslint-disable-next-line @next/next/no-img-element -- the library's own small variant */}
                  <img src={m.thumb} alt="" width={240} height={135} loading="lazy" className="aspect-video w-full rounded object-cover" />
                  <span className="mt-1 line-clamp-2 block text-sm font-semibold">{m.alt}</span>
                </Link>
                <span className="block text-xs text-stone-600">
                  {m.width}×{m.height} · {formatDate(new Date(m.createdAt))}
                  {m.uploaderName ? ` · ${m.uploaderName}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={filters.page} pageCount={Math.ceil(total / PAGE_SIZE)} hrefFor={hrefFor} />
      </div>
      <aside className="rounded border border-stone-200 bg-white p-4">
        <h2 className="mb-3 font-semibold">Tải ảnh lên</h2>
        <MediaUploadForm />
      </aside>
    </div>
  );
}
