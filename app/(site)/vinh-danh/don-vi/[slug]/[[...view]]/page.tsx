import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ExportLinks } from '@/components/registry/award-filters';
import { AwardTable } from '@/components/registry/award-table';
import { Breadcrumb, PageTitle, RegistryNav, ScrollRegion } from '@/components/registry/registry-nav';
import { InlineLink } from '@/components/ui/inline-link';
import { StoryList } from '@/components/registry/story-list';
import { JsonLd } from '@/components/site/json-ld';
import { Pagination } from '@/components/site/pagination';
import { SectionHeading } from '@/components/ui/section-heading';
import { getAwardPage, getAwardYearSummary } from '@/lib/registry/data/awards';
import { getMergedUnitSlug, getUnitPage, getUnitTree, UNIT_MEMBERS_SHOWN } from '@/lib/registry/data/units';
import { formatDate, formatNumber } from '@/lib/common/format';
import { UnitEventLine } from '@/components/registry/unit-event-line';
import { RuleCitation } from '@/components/registry/rule-citation';
import { REORGANISATION_STREAK_RULE } from '@/lib/registry/streaks';
import { registryPaths, unitKindLabels } from '@/lib/registry/labels';
import { absoluteUrl, registryNotFoundMetadata } from '@/lib/newsroom/seo';
import { listViewPath, parseListView, type ListView } from '@/lib/registry/list-view';
import { awardFilters, awardFiltersQuery } from '@/lib/registry/schemas/filters';

export async function generateStaticParams() {
  // The top of the hierarchy is prerendered; deeper units render on first visit, then stay cached.
  const tree = await getUnitTree();
  return tree
    .flatMap((root) => [root, ...root.children])
    .slice(0, 50)
    .map((u) => ({ slug: u.slug, view: [] as string[] }));
}

export async function generateMetadata({ params }: PageProps<'/vinh-danh/don-vi/[slug]/[[...view]]'>): Promise<Metadata> {
  const { slug, view } = await params;
  const unit = await getUnitPage(slug);
  const listView = parseListView(view, { allowOwn: true });
  if (!unit || !listView) return registryNotFoundMetadata;
  return {
    title: `${unit.name}${listView.page > 1 ? ` – trang ${listView.page}` : ''}`,
    description: `Khen thưởng của ${unit.name}, các tập thể, cá nhân và đơn vị trực thuộc.`,
    alternates: { canonical: listViewPath(registryPaths.unit(slug), listView) },
  };
}

async function UnitAwards({ slug, hasChildren, view }: { slug: string; hasChildren: boolean; view: ListView }) {
  const ownOnly = !hasChildren || view.own;
  const filters = awardFilters({ unit: slug, subunits: !ownOnly, page: view.page });
  const [summary, awards] = await Promise.all([getAwardYearSummary(filters), getAwardPage(filters)]);
  const scopeHref = (own: boolean, n = 1) => `${listViewPath(registryPaths.unit(slug), { own, page: n })}#khen-thuong`;
  const toggle = 'rounded px-3 py-1 text-sm';
  return (
    <>
      {hasChildren ? (
        <p className="mb-4 flex flex-wrap gap-2" aria-label="Phạm vi">
          <a href={scopeHref(false)} aria-current={!ownOnly ? 'true' : undefined} className={`${toggle} ${!ownOnly ? 'bg-brand-700 text-white' : 'border border-stone-300'}`}>
            Gồm cả đơn vị cấp dưới
          </a>
          <a href={scopeHref(true)} aria-current={ownOnly ? 'true' : undefined} className={`${toggle} ${ownOnly ? 'bg-brand-700 text-white' : 'border border-stone-300'}`}>
            Riêng đơn vị này
          </a>
        </p>
      ) : null}
      {summary.length === 0 ? (
        <p className="text-stone-600">Chưa có khen thưởng nào được ghi nhận.</p>
      ) : (
        <>
          <ScrollRegion label="Bảng số lượt khen thưởng theo năm">
            <table className="mb-6 w-full border-collapse text-sm sm:w-auto sm:min-w-[24rem]">
              <caption className="mb-1 text-left text-stone-600">Số lượt khen thưởng theo năm</caption>
              <thead>
                <tr className="border-b-2 border-brand-600">
                  <th scope="col" className="py-1 pr-4 text-left">
                    Năm
                  </th>
                  <th scope="col" className="py-1 pr-4 text-right">
                    Đơn vị
                  </th>
                  <th scope="col" className="py-1 pr-4 text-right">
                    Tập thể
                  </th>
                  <th scope="col" className="py-1 pr-4 text-right">
                    Cá nhân
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.map((row) => (
                  <tr key={row.year} className="border-b border-stone-200">
                    <th scope="row" className="py-1 pr-4 text-left">
                      {row.year}
                    </th>
                    <td className="py-1 pr-4 text-right tabular-nums">{formatNumber(row.units)}</td>
                    <td className="py-1 pr-4 text-right tabular-nums">{formatNumber(row.collectives)}</td>
                    <td className="py-1 pr-4 text-right tabular-nums">{formatNumber(row.individuals)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <p className="font-semibold">{formatNumber(awards.total)} lượt khen thưởng</p>
            <ExportLinks query={awardFiltersQuery(filters, { page: 1 })} />
          </div>
          <AwardTable rows={awards.rows} caption="Khen thưởng của đơn vị" />
          <Pagination page={awards.page} pageCount={awards.pageCount} hrefFor={(n) => scopeHref(ownOnly, n)} />
        </>
      )}
    </>
  );
}

export default async function UnitPage({ params }: PageProps<'/vinh-danh/don-vi/[slug]/[[...view]]'>) {
  const { slug, view } = await params;
  const listView = parseListView(view, { allowOwn: true });
  if (!listView) notFound();
  const unit = await getUnitPage(slug);
  if (!unit) {
    // A unit merged into another: its address leads there, for good.
    const mergedInto = await getMergedUnitSlug(slug);
    if (mergedInto) permanentRedirect(listViewPath(registryPaths.unit(mergedInto), listView));
    notFound();
  }
  // Where it went, when it joined another unit (a merge not undone).
  const joined = unit.events.find((e) => e.kind === 'MERGED' && e.successions.some((x) => x.predecessor.id === unit.id));
  const successor = joined ? { ...joined.successions.find((x) => x.predecessor.id === unit.id)!.successor, since: joined.effectiveOn } : null;
  // …or the units it was split into (a split not undone).
  const split = unit.events.find((e) => e.kind === 'SPLIT' && e.unit.id === unit.id);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    url: absoluteUrl(registryPaths.unit(unit.slug)),
    name: unit.name,
    alternateName: unit.shortName ?? undefined,
    parentOrganization: unit.ancestors.length
      ? { '@type': 'Organization', name: unit.ancestors.at(-1)!.name, url: absoluteUrl(registryPaths.unit(unit.ancestors.at(-1)!.slug)) }
      : undefined,
    subOrganization: unit.children.map((c) => ({ '@type': 'Organization', name: c.name, url: absoluteUrl(registryPaths.unit(c.slug)) })),
  };
  return (
    <div>
      <JsonLd data={jsonLd} />
      <RegistryNav current={registryPaths.units} />
      <Breadcrumb items={[{ href: registryPaths.units, label: 'Đơn vị' }, ...unit.ancestors.map((a) => ({ href: registryPaths.unit(a.slug), label: a.name })), { label: unit.name }]} />
      <PageTitle eyebrow={unitKindLabels[unit.kind]}>{unit.name}</PageTitle>
      {successor ? (
        <p role="note" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          Từ ngày {formatDate(successor.since)}, đơn vị sáp nhập vào{' '}
          <a href={registryPaths.unit(successor.slug)} className="font-semibold text-brand-700 underline">
            {successor.name}
          </a>
          . Khen thưởng, tập thể và cá nhân dưới đây là của đơn vị đến ngày đó.
        </p>
      ) : split ? (
        <p role="note" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          Từ ngày {formatDate(split.effectiveOn)}, đơn vị chia tách thành{' '}
          {split.successions.map((x, i) => (
            <span key={x.successor.id}>
              {i > 0 ? ', ' : ''}
              <a href={registryPaths.unit(x.successor.slug)} className="font-semibold text-brand-700 underline">
                {x.successor.name}
              </a>
            </span>
          ))}
          . Khen thưởng, tập thể và cá nhân dưới đây là của đơn vị đến ngày đó.
        </p>
      ) : unit.active ? null : (
        <p className="mb-4 rounded bg-stone-100 p-3 text-sm">
          {unit.endedOn ? `Đơn vị chấm dứt hoạt động từ ngày ${formatDate(unit.endedOn)}` : 'Đơn vị đã ngừng hoạt động'}; lịch sử khen thưởng vẫn được lưu giữ.
        </p>
      )}
      {unit.description ? <p className="mb-4 max-w-3xl">{unit.description}</p> : null}
      <dl className="mb-8 grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-600">Mã đơn vị</dt>
        <dd>{unit.code}</dd>
        {unit.memberCount ? (
          <>
            <dt className="text-stone-600">Số đảng viên, người lao động</dt>
            <dd>{formatNumber(unit.memberCount)}</dd>
          </>
        ) : null}
        <dt className="text-stone-600">Đơn vị trực thuộc</dt>
        <dd>{formatNumber(unit.children.length)}</dd>
        <dt className="text-stone-600">Tập thể</dt>
        <dd>{formatNumber(unit.collectives.length)}</dd>
      </dl>

      <div className="grid gap-8 lg:grid-cols-3">
        {unit.children.length > 0 ? (
          <section aria-labelledby="children-heading">
            <SectionHeading id="children-heading">Đơn vị trực thuộc</SectionHeading>
            <ul className="space-y-1 text-sm">
              {unit.children.map((c) => (
                <li key={c.slug}>
                  <a href={registryPaths.unit(c.slug)} className={`hover:underline ${c.active ? 'text-brand-700' : 'text-stone-500'}`}>
                    {c.name}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {unit.collectives.length > 0 ? (
          <section aria-labelledby="collectives-heading">
            <SectionHeading id="collectives-heading">Tập thể</SectionHeading>
            <ul className="space-y-1 text-sm">
              {unit.collectives.map((c) => (
                <li key={c.slug}>
                  <a href={registryPaths.collective(c.slug)} className="text-brand-700 hover:underline">
                    {c.name}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {unit.members.length > 0 ? (
          <section aria-labelledby="members-heading">
            <SectionHeading id="members-heading">Cá nhân</SectionHeading>
            <ul className="space-y-1 text-sm">
              {unit.members.map((m) => (
                <li key={m.slug}>
                  <InlineLink href={registryPaths.individual(m.slug)}>{m.fullName}</InlineLink>
                  {m.position ? <span className="text-stone-600">, {m.position}</span> : null}
                </li>
              ))}
            </ul>
            {unit.memberTotal > UNIT_MEMBERS_SHOWN ? (
              <p className="mt-2 text-sm">
                <a href={`${registryPaths.search}${awardFiltersQuery({ unit: unit.slug, kind: 'INDIVIDUAL' })}`} className="text-brand-700 hover:underline">
                  Tra cứu khen thưởng của {formatNumber(unit.memberTotal)} cá nhân ›
                </a>
              </p>
            ) : null}
          </section>
        ) : null}
      </div>

      <section id="khen-thuong" aria-labelledby="awards-heading" className="mt-10 scroll-mt-4">
        <SectionHeading id="awards-heading">Khen thưởng</SectionHeading>
        <UnitAwards slug={unit.slug} hasChildren={unit.children.length > 0} view={listView} />
      </section>
      {unit.predecessors.length > 0 ? (
        <section aria-labelledby="predecessors-heading" className="mt-10">
          <SectionHeading id="predecessors-heading">Khen thưởng của đơn vị tiền thân</SectionHeading>
          <p className="mb-2 max-w-3xl text-sm text-stone-700">
            {unit.name} kế thừa các đơn vị dưới đây. Khen thưởng của các đơn vị đó vẫn thuộc về đơn vị được khen và không tính vào danh sách trên (theo cơ cấu tại ngày khen thưởng).
          </p>
          <ul className="space-y-1 text-sm">
            {unit.predecessors.map((p) => (
              <li key={p.slug}>
                <a href={`${registryPaths.unit(p.slug)}#khen-thuong`} className="text-brand-700 underline">
                  {p.name}
                </a>{' '}
                — sáp nhập từ ngày {formatDate(p.since)}, {formatNumber(p.awards)} lượt khen thưởng
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">
            <a
              href={`${registryPaths.search}${awardFiltersQuery({ unit: unit.slug, subunits: true, structureOn: unit.predecessors.reduce((d, p) => (p.since > d ? p.since : d), unit.predecessors[0]!.since).toISOString().slice(0, 10) })}`}
              className="text-brand-700 hover:underline"
            >
              Tra cứu mọi khen thưởng theo cơ cấu sau sáp nhập (gồm đơn vị tiền thân) ›
            </a>
          </p>
          <p className="mt-3 max-w-3xl text-sm text-stone-700">
            “Số năm liền”: {REORGANISATION_STREAK_RULE.statement} Căn cứ: <RuleCitation rule={REORGANISATION_STREAK_RULE} />
          </p>
        </section>
      ) : null}
      {unit.events.length > 0 ? (
        <section aria-labelledby="lineage-heading" className="mt-10">
          <SectionHeading id="lineage-heading">Lịch sử tổ chức</SectionHeading>
          <ol className="space-y-1 text-sm">
            {unit.events.map((event) => (
              <li key={event.id}>
                <UnitEventLine event={event} unitId={unit.id} linkTo="public" />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <StoryList stories={unit.stories} heading="Bài viết về đơn vị" />
    </div>
  );
}
