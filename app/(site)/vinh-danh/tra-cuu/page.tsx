import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AwardFiltersForm, ExportLinks, type UnitOption } from '@/components/registry/award-filters';
import { AwardTable } from '@/components/registry/award-table';
import { PageTitle, RegistryNav, RevokedBadge } from '@/components/registry/registry-nav';
import { Pagination } from '@/components/site/pagination';
import { getAwardPage } from '@/lib/registry/data/awards';
import { listCampaigns } from '@/lib/registry/data/campaigns';
import { listCommendationTypes } from '@/lib/registry/data/commendation-types';
import { getUnitTree, type UnitNodeDto } from '@/lib/registry/data/units';
import { searchRegistryEntities, type EntityMatchesDto } from '@/lib/registry/data/record-search';
import { formatDate, formatNumber } from '@/lib/common/format';
import { registryPaths } from '@/lib/registry/labels';
import { awardFiltersQuery, hasAwardFilters, parseAwardFilters } from '@/lib/registry/schemas/filters';
import { NO_SEARCHABLE_WORDS } from '@/lib/newsroom/schemas/search';

export const metadata: Metadata = {
  title: 'Tra cứu khen thưởng',
  description: 'Tìm tập thể, cá nhân, đơn vị và quyết định khen thưởng; lọc theo năm, danh hiệu, cấp, đơn vị, phong trào; tải về Excel, CSV.',
  alternates: { canonical: registryPaths.search },
};

/** The top two levels of the hierarchy: enough for a filter list of any size. */
function unitOptions(tree: UnitNodeDto[]): UnitOption[] {
  return tree.flatMap((root) => [{ slug: root.slug, name: root.name, depth: 0 }, ...root.children.map((c) => ({ slug: c.slug, name: c.name, depth: 1 }))]);
}

function EntityMatches({ matches }: { matches: EntityMatchesDto }) {
  const groups = [
    { label: 'Đơn vị', items: matches.units.map((u) => ({ key: u.slug, href: registryPaths.unit(u.slug), text: u.name, note: null, revoked: false })) },
    {
      label: 'Tập thể',
      items: matches.collectives.map((c) => ({ key: c.slug, href: registryPaths.collective(c.slug), text: c.name, note: c.unitName, revoked: false })),
    },
    {
      label: 'Cá nhân',
      items: matches.individuals.map((i) => ({
        key: i.slug,
        href: registryPaths.individual(i.slug),
        text: i.fullName,
        note: [i.position, i.unitName].filter(Boolean).join(', '),
        revoked: false,
      })),
    },
    {
      label: 'Quyết định',
      items: matches.decisions.map((d) => ({
        key: d.slug,
        href: registryPaths.decision(d.slug),
        text: `Số ${d.number}`,
        note: `${formatDate(d.signedAt)} · ${d.issuingAuthority}`,
        revoked: d.revoked,
      })),
    },
  ].filter((g) => g.items.length > 0);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="matches-heading" className="my-6">
      <h2 id="matches-heading" className="mb-3 font-bold text-brand-700">
        Hồ sơ khớp với từ khóa
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        {groups.map((group) => (
          <div key={group.label}>
            <h3 className="text-sm font-semibold uppercase text-stone-600">{group.label}</h3>
            <ul className="mt-1 space-y-1">
              {group.items.map((item) => (
                <li key={item.key}>
                  <a href={item.href} className="text-brand-700 hover:underline">
                    {item.text}
                  </a>
                  {item.revoked ? <RevokedBadge /> : null}
                  {item.note ? <span className="block text-xs text-stone-600">{item.note}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

async function Results({ searchParams }: { searchParams: PageProps<'/vinh-danh/tra-cuu'>['searchParams'] }) {
  const filters = parseAwardFilters(await searchParams);
  const [types, campaigns, tree, page, matches] = await Promise.all([
    listCommendationTypes(),
    listCampaigns(),
    getUnitTree(true),
    getAwardPage(filters),
    searchRegistryEntities(filters.terms),
  ]);
  const query = awardFiltersQuery(filters, { page: 1 });
  // Punctuation or an emoji alone: nothing to look for (the list is empty, and says why).
  const nothingSearchable = filters.q !== '' && filters.terms.length === 0;
  return (
    <>
      <AwardFiltersForm filters={filters} types={types} campaigns={campaigns} units={unitOptions(tree)} />
      <EntityMatches matches={matches} />
      <div className="my-4 flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="font-semibold">
          {nothingSearchable
            ? NO_SEARCHABLE_WORDS
            : page.total === 0
              ? 'Không tìm thấy lượt khen thưởng nào khớp với điều kiện tra cứu.'
              : `${formatNumber(page.total)} lượt khen thưởng${hasAwardFilters(filters) ? ' khớp với điều kiện tra cứu' : ''}`}
        </p>
        {page.total > 0 ? <ExportLinks query={query} /> : null}
      </div>
      {page.rows.length > 0 ? <AwardTable rows={page.rows} caption="Kết quả tra cứu khen thưởng" /> : null}
      {page.total > 0 && page.rows.length === 0 ? (
        <p>
          Trang này không có kết quả.{' '}
          <a href={`${registryPaths.search}${query}`} className="text-brand-700 hover:underline">
            Về trang đầu
          </a>
        </p>
      ) : null}
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(n) => `${registryPaths.search}${awardFiltersQuery(filters, { page: n })}`} />
    </>
  );
}

export default function RegistrySearchPage({ searchParams }: PageProps<'/vinh-danh/tra-cuu'>) {
  return (
    <div>
      <RegistryNav current={registryPaths.search} />
      <PageTitle eyebrow="Bảng Vàng">Tra cứu khen thưởng</PageTitle>
      {/* At least a screen tall, waiting or answered: results streamed in late move nothing
          in view (what follows stays below the fold either way). */}
      <div className="min-h-svh">
        <Suspense fallback={<p className="text-stone-600">Đang tra cứu…</p>}>
          <Results searchParams={searchParams} />
        </Suspense>
      </div>
      <p className="mt-8 text-sm text-stone-600">
        Danh sách chỉ gồm các quyết định còn hiệu lực. Cá nhân không đồng ý công bố thông tin không có trong kết quả và không được tính vào số liệu.
      </p>
    </div>
  );
}
