import Link from 'next/link';
import { requireStaff } from '@/lib/admin-session';
import { db } from '@/lib/db';
import { articleStatusLabels, ARTICLE_STATUSES } from '@/lib/validations/article';
import { roleLabels } from '@/lib/roles';

export const instant = false;

export default async function AdminHome() {
  const user = await requireStaff(['ADMIN', 'EDITOR', 'REPORTER', 'REGISTRAR'], '/admin');
  const counts =
    user.role === 'REGISTRAR'
      ? []
      : await db.article.groupBy({ by: ['status'], where: user.role === 'REPORTER' ? { authorId: user.id } : {}, _count: { _all: true } });
  return (
    <div>
      <h1 className="mb-4 font-serif text-3xl font-bold text-brand-700">Xin chào, {user.name}</h1>
      <p className="mb-6 text-stone-700">Vai trò: {roleLabels[user.role]}.</p>
      {user.role === 'REGISTRAR' ? (
        <p>
          Sổ khen thưởng công khai:{' '}
          <Link href="/vinh-danh" className="text-brand-700 underline">
            /vinh-danh
          </Link>
          . Quyết định khen thưởng:{' '}
          <Link href="/admin/khen-thuong" className="text-brand-700 underline">
            /admin/khen-thuong
          </Link>
          .
        </p>
      ) : (
        <>
          <ul className="mb-6 grid gap-3 sm:grid-cols-5">
            {ARTICLE_STATUSES.map((status) => (
              <li key={status}>
                <Link href={`/admin/bai-viet?status=${status}`} className="block rounded border border-stone-200 bg-white p-3 hover:border-brand-600">
                  <span className="block text-sm text-stone-600">{articleStatusLabels[status]}</span>
                  <span className="text-2xl font-bold">{counts.find((c) => c.status === status)?._count._all ?? 0}</span>
                </Link>
              </li>
            ))}
          </ul>
          <Link href="/admin/bai-viet/moi" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-600">
            Viết bài mới
          </Link>
        </>
      )}
    </div>
  );
}
