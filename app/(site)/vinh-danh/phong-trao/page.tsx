import type { Metadata } from 'next';
import { PageTitle, RegistryNav } from '@/components/registry/registry-nav';
import { listCampaigns } from '@/lib/registry/data/campaigns';
import { formatDate, formatNumber } from '@/lib/common/format';
import { campaignKindLabels, registryPaths } from '@/lib/registry/labels';

export const metadata: Metadata = {
  title: 'Phong trào thi đua',
  description: 'Các phong trào, đợt thi đua: chủ đề, thời gian, đơn vị phát động và kết quả khen thưởng.',
  alternates: { canonical: registryPaths.campaigns },
};

export default async function CampaignsPage() {
  const campaigns = await listCampaigns();
  return (
    <div>
      <RegistryNav current={registryPaths.campaigns} />
      <PageTitle eyebrow="Bảng Vàng">Phong trào thi đua</PageTitle>
      <ul className="grid gap-4 md:grid-cols-2">
        {campaigns.map((c) => (
          <li key={c.slug} className="rounded-lg border border-stone-200 p-4">
            <p className="text-xs font-semibold uppercase text-stone-600">
              {campaignKindLabels[c.kind]} · {c.closed ? 'Đã kết thúc' : <span className="text-brand-700">Đang diễn ra</span>}
            </p>
            <h2 className="mt-1 font-serif text-lg font-bold">
              <a href={registryPaths.campaign(c.slug)} className="text-brand-700 hover:underline">
                {c.name}
              </a>
            </h2>
            {c.theme ? <p className="text-sm italic">“{c.theme}”</p> : null}
            <p className="mt-1 text-sm text-stone-600">
              {formatDate(c.startDate)}
              {c.endDate ? ` – ${formatDate(c.endDate)}` : ''}
              {c.launchingUnit ? ` · ${c.launchingUnit.name}` : ''} · {formatNumber(c.decisionCount)} quyết định
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
