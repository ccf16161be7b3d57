import type { Metadata } from 'next';
import Link from 'next/link';
import { RevokedBadge } from '@/components/registry/registry-nav';
import { requireStaff } from '@/lib/auth/session';
import { listDecisionsForStaff } from '@/lib/registry/data/decisions';
import { formatDate } from '@/lib/common/format';
import { REGISTRY_ROLES } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Quyết định khen thưởng' };
export const instant = false;

export default async function RegistrarDecisionsPage() {
  await requireStaff(REGISTRY_ROLES, '/admin/khen-thuong');
  const decisions = await listDecisionsForStaff();
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold text-brand-700">Quyết định khen thưởng</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/admin/khen-thuong/nhap-tep" className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
            Nhập từ Excel
          </Link>
          <Link href="/admin/khen-thuong/ho-so" className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
            Cá nhân, tập thể
          </Link>
          <Link href="/admin/khen-thuong/phong-trao" className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
            Phong trào
          </Link>
          <Link href="/admin/khen-thuong/danh-muc" className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
            Danh mục
          </Link>
          <Link href="/admin/khen-thuong/don-vi" className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
            Đơn vị
          </Link>
          <Link href="/admin/khen-thuong/moi" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-600">
            Nhập quyết định mới
          </Link>
        </div>
      </div>
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
