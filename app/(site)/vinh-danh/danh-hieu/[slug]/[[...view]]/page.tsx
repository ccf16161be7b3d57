import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExportLinks } from '@/components/registry/award-filters';
import { AwardTable } from '@/components/registry/award-table';
import { Breadcrumb, PageTitle, RegistryNav } from '@/components/registry/registry-nav';
import { Pagination } from '@/components/site/pagination';
import { SectionHeading } from '@/components/ui/section-heading';
import { getAwardPage } from '@/lib/registry/data/awards';
import { getCommendationType, listCommendationTypes } from '@/lib/registry/data/commendation-types';
import { getPublicRules } from '@/lib/registry/data/eligibility';
import { RuleCard } from '@/components/registry/rule-card';
import { formatNumber } from '@/lib/common/format';
import { commendationKindLabels, issuingSystemLabels, levelLabels, recipientKindLabels, registryPaths } from '@/lib/registry/labels';
import { listViewPath, parseListView } from '@/lib/registry/list-view';
import { awardFilters, awardFiltersQuery } from '@/lib/registry/schemas/filters';
import { registryNotFoundMetadata } from '@/lib/newsroom/seo';

export async function generateStaticParams() {
  return (await listCommendationTypes()).map((t) => ({ slug: t.slug, view: [] as string[] }));
}

export async function generateMetadata({ params }: PageProps<'/vinh-danh/danh-hieu/[slug]/[[...view]]'>): Promise<Metadata> {
  const { slug, view } = await params;
  const type = await getCommendationType(slug);
  const listView = parseListView(view, { allowOwn: false });
  if (!type || !listView) return registryNotFoundMetadata;
  return {
    title: type.name,
    description: `${type.name}: ${type.authority}. Danh sách tập thể, cá nhân được khen thưởng.`,
    alternates: { canonical: listViewPath(registryPaths.type(slug), listView) },
  };
}

async function Recipients({ slug, page: pageNumber }: { slug: string; page: number }) {
  const filters = awardFilters({ type: slug, page: pageNumber });
  const page = await getAwardPage(filters);
  if (page.total === 0) return <p className="text-stone-600">Chưa có tập thể, cá nhân nào được ghi nhận.</p>;
  return (
    <>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold">{formatNumber(page.total)} lượt khen thưởng</p>
        <ExportLinks query={awardFiltersQuery(filters, { page: 1 })} />
      </div>
      <AwardTable rows={page.rows} caption="Tập thể, cá nhân được khen thưởng" />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(n) => listViewPath(registryPaths.type(slug), { own: false, page: n })} />
    </>
  );
}

/** The rules in force, each with its source; none: nothing is said (the catalogue has no criteria for it yet). */
async function Criteria({ code }: { code: string }) {
  const rules = await getPublicRules(code);
  if (rules.length === 0) return null;
  return (
    <section aria-labelledby="criteria-heading" className="mb-8 max-w-3xl">
      <SectionHeading id="criteria-heading">Tiêu chuẩn xét tặng</SectionHeading>
      <ul className="space-y-3">
        {rules.map((rule) => (
          <li key={rule.id} className="rounded border border-stone-200 bg-white p-3">
            <RuleCard rule={rule} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function CommendationTypePage({ params }: PageProps<'/vinh-danh/danh-hieu/[slug]/[[...view]]'>) {
  const { slug, view } = await params;
  const listView = parseListView(view, { allowOwn: false });
  const type = listView ? await getCommendationType(slug) : null;
  if (!type || !listView) notFound();
  return (
    <div>
      <RegistryNav current={registryPaths.types} />
      <Breadcrumb items={[{ href: registryPaths.types, label: 'Danh hiệu, hình thức' }, { label: type.name }]} />
      <PageTitle eyebrow={commendationKindLabels[type.kind]}>{type.name}</PageTitle>
      <dl className="mb-8 grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-600">Hệ thống</dt>
        <dd>{issuingSystemLabels[type.issuingSystem]}</dd>
        <dt className="text-stone-600">Cấp</dt>
        <dd>{levelLabels[type.level]}</dd>
        <dt className="text-stone-600">Thẩm quyền</dt>
        <dd>{type.authority}</dd>
        <dt className="text-stone-600">Đối tượng</dt>
        <dd>{type.recipientKinds.map((k) => recipientKindLabels[k]).join(', ')}</dd>
        {type.legalBasis ? (
          <>
            <dt className="text-stone-600">Căn cứ</dt>
            <dd>{type.legalBasis}</dd>
          </>
        ) : null}
      </dl>
      {type.description ? <p className="mb-8 max-w-3xl">{type.description}</p> : null}
      <Criteria code={type.code} />
      <section aria-labelledby="recipients-heading">
        <SectionHeading id="recipients-heading">Tập thể, cá nhân được khen thưởng</SectionHeading>
        <Recipients slug={type.slug} page={listView.page} />
      </section>
    </div>
  );
}
