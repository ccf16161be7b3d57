import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MediaDeleteButton, MediaEditForm } from '@/components/admin/media-forms';
import { requireStaff } from '@/lib/auth/session';
import { getMediaDetail } from '@/lib/media/data/media';
import { formatDateTime } from '@/lib/common/format';
import { canManageMedia, NEWSROOM_ROLES } from '@/lib/auth/roles';
import { articleStatusLabels } from '@/lib/newsroom/schemas/article';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Ảnh trong thư viện' };
export const instant = false;

export default async function MediaDetailPage({ params }: PageProps<'/admin/anh/[id]'>) {
  const { id } = await params;
  const user = await requireStaff(NEWSROOM_ROLES, `/admin/anh/${id}`);
  const media = await getMediaDetail(id);
  if (!media) notFound();
  const canManage = canManageMedia(user, media);
  return (
    <div>
      <BackLink href="/admin/anh">Thư viện ảnh</BackLink>
      <h1 className="mb-4 font-serif text-2xl font-bold text-brand-700">{media.alt}</h1>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div>
          {/* eslint-disable-next-line @next/next/no-img-element -- the largest variant, shown as stored */}
          <img src={media.src.replace(/\.[a-z0-9]+$/i, '-w960.webp')} alt={media.alt} width={media.width} height={media.height} className="h-auto w-full rounded border border-stone-200" />
          <dl className="mt-3 grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="font-semibold">Kích thước</dt>
            <dd>
              {media.width}×{media.height} điểm ảnh · {(media.size / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 0 })} KB · {media.mime}
            </dd>
            <dt className="font-semibold">Tệp gốc</dt>
            <dd>{media.originalName ?? '—'}</dd>
            <dt className="font-semibold">Tải lên</dt>
            <dd>
              {formatDateTime(new Date(media.createdAt))}
              {media.uploaderName ? ` bởi ${media.uploaderName}` : ''}
            </dd>
            <dt className="font-semibold">Địa chỉ</dt>
            <dd className="break-all">{media.src}</dd>
          </dl>
          <h2 className="mt-6 mb-2 font-semibold">Bài viết đang dùng ảnh ({media.uses.length})</h2>
          {media.uses.length === 0 ? (
            <p className="text-sm text-stone-600">Chưa bài nào dùng ảnh này.</p>
          ) : (
            <ul className="list-disc pl-5 text-sm">
              {media.uses.map((u) => (
                <li key={u.id}>
                  <Link href={`/admin/bai-viet/${u.id}`} className="text-brand-700 underline">
                    {u.title}
                  </Link>{' '}
                  ({articleStatusLabels[u.status as keyof typeof articleStatusLabels]}
                  {u.asCover ? ', ảnh bìa' : ', trong bài'})
                </li>
              ))}
            </ul>
          )}
        </div>
        <aside className="space-y-4">
          {canManage ? (
            <>
              <div className="rounded border border-stone-200 bg-white p-4">
                <MediaEditForm media={media} />
              </div>
              <div className="rounded border border-stone-200 bg-white p-4">
                <MediaDeleteButton id={media.id} inUse={media.uses.length} />
              </div>
            </>
          ) : (
            <p className="rounded border border-stone-200 bg-white p-4 text-sm">Ảnh do người khác tải lên: phóng viên chỉ sửa được ảnh của mình.</p>
          )}
        </aside>
      </div>
    </div>
  );
}
