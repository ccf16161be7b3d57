import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExportLinks } from '@/components/registry/award-filters';
import { AwardTable } from '@/components/registry/award-table';
import { Breadcrumb, PageTitle, RegistryNav, RevokedBadge } from '@/components/registry/registry-nav';
import { ResultLines } from '@/components/registry/result-lines';
import { StoryList } from '@/components/registry/story-list';
import { Pagination } from '@/components/site/pagination';
import { SectionHeading } from '@/components/ui/section-heading';
import { getAwardPage } from '@/lib/registry/data/awards';
import { getDecisionPage } from '@/lib/registry/data/decisions';
import { getRegistryHighlights } from '@/lib/registry/data/highlights';
import { formatDate, formatNumber } from '@/lib/common/format';
import { decisionCategoryLabels, registryPaths } from '@/lib/registry/labels';
import { listViewPath, parseListView } from '@/lib/registry/list-view';
import { awardFilters, awardFiltersQuery } from '@/lib/registry/schemas/filters';
import { registryNotFoundMetadata } from '@/lib/newsroom/seo';
import { readingFont } from '@/app/fonts/reading';

export async function generateStaticParams() {
  return (await getRegistryHighlights()).decisions.map((d) => ({ slug: d.slug, view: [] as string[] }));
}

export async function generateMetadata({ params }: PageProps<'/vinh-danh/quyet-dinh/[slug]/[[...view]]'>): Promise<Metadata> {
  const { slug, view } = await params;
  const decision = await getDecisionPage(slug);
  const listView = parseListView(view, { allowOwn: false });
  if (!decision || !listView) return registryNotFoundMetadata;
  return {
    title: `Quyết định số ${decision.number}`,
    description: decision.summary ?? `${decision.issuingAuthority}, ngày ${formatDate(decision.signedAt)}.`,
    alternates: { canonical: listViewPath(registryPaths.decision(slug), listView) },
  };
}

async function Recipients({ slug, page: pageNumber }: { slug: string; page: number }) {
  const filters = awardFilters({ decision: slug, sort: 'cu-nhat', page: pageNumber });
  const page = await getAwardPage(filters);
  return (
    <>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold">{formatNumber(page.total)} tập thể, cá nhân được công bố</p>
        {page.total > 0 ? <ExportLinks query={awardFiltersQuery(filters, { page: 1 })} /> : null}
      </div>
      {page.rows.length > 0 ? <AwardTable rows={page.rows} caption="Danh sách khen thưởng của quyết định" hideDecision /> : null}
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(n) => listViewPath(registryPaths.decision(slug), { own: false, page: n })} />
    </>
  );
}

export default async function DecisionPage({ params }: PageProps<'/vinh-danh/quyet-dinh/[slug]/[[...view]]'>) {
  const { slug, view } = await params;
  const listView = parseListView(view, { allowOwn: false });
  const d = listView ? await getDecisionPage(slug) : null;
  if (!d || !listView) notFound();
  return (
    <div>
      <RegistryNav current={registryPaths.decisions} />
      <Breadcrumb items={[{ href: registryPaths.decisions, label: 'Quyết định' }, { label: `Số ${d.number}` }]} />
      <PageTitle eyebrow={decisionCategoryLabels[d.category]}>
        Quyết định số {d.number}
        {d.revoked ? <RevokedBadge /> : null}
      </PageTitle>
      {d.revoked ? (
        <div role="note" className="mb-6 max-w-3xl rounded border-l-4 border-stone-700 bg-stone-100 p-4">
          <p className="font-semibold">Quyết định đã bị thu hồi{d.revokedAt ? ` ngày ${formatDate(d.revokedAt)}` : ''}.</p>
          <p className="text-sm">{d.revocationReason}</p>
          <p className="mt-1 text-sm text-stone-600">Các khen thưởng dưới đây không còn hiệu lực và không được tính trong số liệu của Bảng Vàng.</p>
        </div>
      ) : null}
      {d.summary ? <p className={`${readingFont.variable} mb-5 max-w-3xl font-reading text-lg`}>{d.summary}</p> : null}
      <dl className="mb-6 grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-600">Ngày ký</dt>
        <dd>{formatDate(d.signedAt)}</dd>
        <dt className="text-stone-600">Cơ quan ban hành</dt>
        <dd>{d.issuingAuthority}</dd>
        <dt className="text-stone-600">Người ký</dt>
        <dd>
          {d.signerName}, {d.signerTitle}
        </dd>
        <dt className="text-stone-600">Loại khen thưởng</dt>
        <dd>{decisionCategoryLabels[d.category]}</dd>
        <dt className="text-stone-600">Trạng thái</dt>
        <dd>{d.revoked ? 'Đã thu hồi' : 'Còn hiệu lực'}</dd>
        {d.campaign ? (
          <>
            <dt className="text-stone-600">Phong trào</dt>
            <dd>
              <a href={registryPaths.campaign(d.campaign.slug)} className="text-brand-700 hover:underline">
                {d.campaign.name}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {d.revoked ? null : (
        <div className="max-w-3xl">
          <ResultLines lines={d.results} heading="Tổng số theo quyết định" />
        </div>
      )}
      <section aria-labelledby="recipients-heading" className="mt-10">
        <SectionHeading id="recipients-heading">Danh sách khen thưởng</SectionHeading>
        <Recipients slug={d.slug} page={listView.page} />
        <p className="mt-4 text-sm text-stone-600">Cá nhân không đồng ý công bố thông tin không có tên trong danh sách công khai.</p>
      </section>
      <StoryList stories={d.stories} heading="Bài viết về quyết định" />
    </div>
  );
}
