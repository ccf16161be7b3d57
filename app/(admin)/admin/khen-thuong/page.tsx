import type { Metadata } from 'next';
import Link from 'next/link';
import { RevokedBadge } from '@/components/registry/registry-nav';
import { requireStaff } from '@/lib/admin-session';
import { db } from '@/lib/db';
import { formatDate } from '@/lib/format';
import { REGISTRY_ROLES } from '@/lib/permissions';

export const metadata: Metadata = { title: 'Quyết định khen thưởng' };
export const instant = false;

export default async function RegistrarDecisionsPage() {
  await requireStaff(REGISTRY_ROLES, '/admin/khen-thuong');
  const decisions = await db.decision.findMany({
    orderBy: [{ signedAt: 'desc' }, { number: 'asc' }],
    take: 100,
    select: { id: true, number: true, signedAt: true, issuingAuthority: true, status: true, _count: { select: { awards: true } } },
  });
  return (
    <div>
      <h1 className="mb-2 font-serif text-3xl font-bold text-brand-700">Quyết định khen thưởng</h1>
      <p className="mb-4 text-sm text-stone-600">Bàn làm việc của cán bộ thi đua – khen thưởng. Nhập quyết định mới và nhập từ Excel đang được xây dựng; đã có: thu hồi quyết định.</p>
      <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
        {decisions.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center gap-3 p-2 text-sm">
            <Link href={`/admin/khen-thuong/${d.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
              Quyết định số {d.number}
            </Link>
            {d.status === 'REVOKED' ? <RevokedBadge /> : null}
            <span className="text-stone-600">
              {formatDate(d.signedAt)} · {d.issuingAuthority} · {d._count.awards} lượt
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
