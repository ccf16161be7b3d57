import type { Metadata } from 'next';
import Link from 'next/link';
import { CampaignForm } from '@/components/admin/catalogue-forms';
import { requireStaff } from '@/lib/auth/session';
import { listCampaignsForStaff } from '@/lib/registry/data/campaigns';
import { campaignKindChoices } from '@/lib/registry/choices';
import { listUnitTree } from '@/lib/registry/data/units';
import { formatDate } from '@/lib/common/format';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Phong trào thi đua' };
export const instant = false;

export default async function CampaignsAdminPage() {
  await requireStaff(REGISTRY_ROLES, '/admin/khen-thuong/phong-trao');
  const [campaigns, tree] = await Promise.all([
    listCampaignsForStaff(),
    listUnitTree(),
  ]);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div>
        <BackLink href="/admin/khen-thuong">Quyết định khen thưởng</BackLink>
        <h1 className="mb-4 font-serif text-3xl font-bold text-brand-700">Phong trào thi đua</h1>
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm">
          {campaigns.map((c) => (
            <li key={c.id} className="p-2">
              <Link href={`/admin/khen-thuong/phong-trao/${c.id}`} className="font-semibold text-brand-700 hover:underline">
                {c.name}
              </Link>
              <span className="block text-stone-600">
                {formatDate(c.startDate)} – {c.endDate ? formatDate(c.endDate) : 'nay'} · {c._count.decisions} quyết định · {c.closedAt ? 'đã tổng kết' : 'đang diễn ra'}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <aside className="rounded border border-stone-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">Phát động phong trào mới</h2>
        <CampaignForm units={tree.map((u) => ({ id: u.id, label: u.label }))} kinds={campaignKindChoices} />
      </aside>
    </div>
  );
}
