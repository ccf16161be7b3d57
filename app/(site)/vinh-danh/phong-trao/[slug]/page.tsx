import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExportLinks } from '@/components/registry/award-filters';
import { DecisionItem } from '@/components/registry/decision-item';
import { Breadcrumb, PageTitle, RegistryNav } from '@/components/registry/registry-nav';
import { ResultLines } from '@/components/registry/result-lines';
import { StoryList } from '@/components/registry/story-list';
import { SectionHeading } from '@/components/ui/section-heading';
import { getCampaignPage, listCampaigns } from '@/lib/registry/data/campaigns';
import { formatDate, formatNumber } from '@/lib/common/format';
import { campaignKindLabels, registryPaths } from '@/lib/registry/labels';
import { awardFiltersQuery } from '@/lib/registry/schemas/filters';
import { registryNotFoundMetadata } from '@/lib/newsroom/seo';
import { readingFont } from '@/app/fonts/reading';

export async function generateStaticParams() {
  return (await listCampaigns()).slice(0, 50).map((c) => ({ slug: c.slug }));
}

export async function generateMetadata({ params }: PageProps<'/vinh-danh/phong-trao/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const campaign = await getCampaignPage(slug);
  if (!campaign) return registryNotFoundMetadata;
  return { title: campaign.name, description: campaign.theme ?? campaign.description ?? undefined, alternates: { canonical: registryPaths.campaign(slug) } };
}

export default async function CampaignPage({ params }: PageProps<'/vinh-danh/phong-trao/[slug]'>) {
  const { slug } = await params;
  const campaign = await getCampaignPage(slug);
  if (!campaign) notFound();
  return (
    <div>
      <RegistryNav current={registryPaths.campaigns} />
      <Breadcrumb items={[{ href: registryPaths.campaigns, label: 'Phong trào' }, { label: campaign.name }]} />
      <PageTitle eyebrow={`${campaignKindLabels[campaign.kind]} · ${campaign.closed ? 'Đã kết thúc' : 'Đang diễn ra'}`}>{campaign.name}</PageTitle>
      {campaign.theme ? <p className={`${readingFont.variable} -mt-3 mb-5 font-reading text-lg italic`}>“{campaign.theme}”</p> : null}
      <dl className="mb-6 grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-600">Thời gian</dt>
        <dd>
          {formatDate(campaign.startDate)}
          {campaign.endDate ? ` – ${formatDate(campaign.endDate)}` : ''}
        </dd>
        {campaign.launchingUnit ? (
          <>
            <dt className="text-stone-600">Đơn vị phát động</dt>
            <dd>
              <a href={registryPaths.unit(campaign.launchingUnit.slug)} className="text-brand-700 hover:underline">
                {campaign.launchingUnit.name}
              </a>
            </dd>
          </>
        ) : null}
        {campaign.occasion ? (
          <>
            <dt className="text-stone-600">Dịp</dt>
            <dd>{campaign.occasion}</dd>
          </>
        ) : null}
      </dl>
      {campaign.description ? <p className="mb-6 max-w-3xl">{campaign.description}</p> : null}
      <div className="max-w-3xl">
        <ResultLines lines={campaign.results} heading="Kết quả khen thưởng" />
        {campaign.results.length > 0 ? (
          <div className="mt-3">
            <ExportLinks query={awardFiltersQuery({ campaign: campaign.slug })} label="Danh sách được khen thưởng" />
          </div>
        ) : null}
      </div>
      <section aria-labelledby="decisions-heading" className="mt-10 max-w-3xl">
        <SectionHeading id="decisions-heading">Quyết định khen thưởng ({formatNumber(campaign.decisions.length)})</SectionHeading>
        {campaign.decisions.length === 0 ? <p className="text-stone-600">Chưa có quyết định nào.</p> : null}
        <ul className="space-y-3">
          {campaign.decisions.map((d) => (
            <li key={d.slug}>
              <DecisionItem decision={d} showSummary={false} />
            </li>
          ))}
        </ul>
      </section>
      <StoryList stories={campaign.stories} heading="Bài viết về phong trào" />
    </div>
  );
}
