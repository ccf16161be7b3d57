import { listCampaigns } from '@/lib/registry/data/campaigns';
import { absoluteUrl } from '@/lib/newsroom/seo';
import { apiJson, isoDay } from '@/lib/registry/api';
import { registryPaths } from '@/lib/registry/labels';

export async function GET() {
  const campaigns = await listCampaigns();
  return apiJson({
    data: campaigns.map((c) => ({
      slug: c.slug,
      name: c.name,
      theme: c.theme,
      kind: c.kind,
      startsOn: isoDay(c.startDate),
      endsOn: c.endDate ? isoDay(c.endDate) : null,
      closed: c.closed,
      launchingUnit: c.launchingUnit ? { name: c.launchingUnit.name, url: absoluteUrl(registryPaths.unit(c.launchingUnit.slug)) } : null,
      decisionCount: c.decisionCount,
      url: absoluteUrl(registryPaths.campaign(c.slug)),
      awards: absoluteUrl(`/api/v1/awards?phong-trao=${c.slug}`),
    })),
  });
}
