import type { Metadata } from 'next';
import Link from 'next/link';
import { RevokedBadge } from '@/components/registry/registry-nav';
import { requireStaff } from '@/lib/auth/session';
import { listDecisionsForStaff } from '@/lib/registry/data/decisions';
import { formatDate } from '@/lib/common/format';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { ButtonLink } from '@/components/ui/button';

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
          <ButtonLink href="/admin/khen-thuong/nhap-tep" variant="outline">
            Nhập từ Excel
          </ButtonLink>
          <ButtonLink href="/admin/khen-thuong/ho-so" variant="outline">
            Cá nhân, tập thể
          </ButtonLink>
          <ButtonLink href="/admin/khen-thuong/phong-trao" variant="outline">
            Phong trào
          </ButtonLink>
          <ButtonLink href="/admin/khen-thuong/danh-muc" variant="outline">
            Danh mục
          </ButtonLink>
          <ButtonLink href="/admin/khen-thuong/don-vi" variant="outline">
            Đơn vị
          </ButtonLink>
          <ButtonLink href="/admin/khen-thuong/moi">
            Nhập quyết định mới
          </ButtonLink>
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
