import type { Metadata } from 'next';
import { DecisionItem } from '@/components/registry/decision-item';
import { PageTitle, RegistryNav, ScrollRegion } from '@/components/registry/registry-nav';
import { getRegistryHighlights } from '@/lib/registry/data/highlights';
import { getRegistryOverview, type HeadlineFigures } from '@/lib/registry/data/stats';
import { formatDate, formatNumber } from '@/lib/common/format';
import { levelLabels, registryPaths } from '@/lib/registry/labels';
import { AWARD_PARAMS, REGISTRY_MAX_QUERY } from '@/lib/registry/schemas/filters';
import { Button } from '@/components/ui/button';

export const metadata: Metadata = {
  title: 'Bảng Vàng – tra cứu khen thưởng',
  description: 'Ai được khen thưởng, do ai quyết định, vì thành tích gì và khi nào: tập thể, cá nhân, quyết định và phong trào thi đua.',
  alternates: { canonical: registryPaths.home },
};

/** Three figures of a row; `period` names them on a phone, where each row is a card. */
function Figures({ f, period }: { f: HeadlineFigures; period: string }) {
  return (
    <>
      <td role="cell" data-label={`${period} – tập thể`} className="py-2 pr-3 text-right tabular-nums">{formatNumber(f.collectives)}</td>
      <td role="cell" data-label={`${period} – cá nhân`} className="py-2 pr-3 text-right tabular-nums">{formatNumber(f.individuals)}</td>
      <td role="cell" data-label={`${period} – quyết định`} className="py-2 pr-3 text-right tabular-nums">{formatNumber(f.decisions)}</td>
    </>
  );
}

export default async function RegistryHomePage() {
  const [overview, highlights] = await Promise.all([getRegistryOverview(), getRegistryHighlights()]);
  const total = overview?.byLevel.find((r) => r.level === null);
  return (
    <div>
      <RegistryNav current={registryPaths.home} />
      <PageTitle eyebrow="Sổ vàng thi đua, khen thưởng">Bảng Vàng</PageTitle>
      <form action={registryPaths.search} method="get" role="search" aria-label="Tra cứu sổ vàng" className="mb-8 flex max-w-2xl gap-2">
        <label htmlFor="registry-home-q" className="sr-only">
          Tra cứu người, tập thể, đơn vị, quyết định
        </label>
        <input
          id="registry-home-q"
          type="search"
          name={AWARD_PARAMS.q}
          maxLength={REGISTRY_MAX_QUERY}
          placeholder="Tìm người, tập thể, đơn vị, số quyết định…"
          className="w-full rounded border border-stone-300 px-3 py-2"
        />
        <Button type="submit" className="whitespace-nowrap">
          Tra cứu
        </Button>
      </form>

      {overview && total ? (
        <section aria-labelledby="figures-heading" className="mb-10">
          <h2 id="figures-heading" className="mb-3 font-serif text-2xl font-bold text-brand-700">
            Số liệu năm {overview.year} và nhiệm kỳ {overview.term.label}
          </h2>
          <dl className="mb-5 grid grid-cols-3 gap-3 text-center">
            {[
              ['Tập thể, đơn vị', total.term.collectives],
              ['Cá nhân', total.term.individuals],
              ['Quyết định', total.term.decisions],
            ].map(([label, value]) => (
              <div key={label} className="rounded-lg border border-gold-400 bg-brand-50 p-3">
                <dt className="text-sm text-stone-700">{label}</dt>
                <dd className="font-serif text-3xl font-bold text-brand-700">{formatNumber(value as number)}</dd>
              </div>
            ))}
          </dl>
          <ScrollRegion label="Bảng số liệu theo cấp">
            <table className="stack-table w-full border-collapse text-sm sm:min-w-[36rem]" role="table">
              <caption className="mb-2 text-left text-stone-600">
                Số tập thể, cá nhân được khen thưởng và số quyết định, theo cấp khen thưởng (quyết định còn hiệu lực).
              </caption>
              <thead role="rowgroup">
                <tr className="border-b-2 border-brand-600" role="row">
                  <th scope="col" rowSpan={2} className="py-2 pr-3 text-left" role="columnheader">
                    Cấp
                  </th>
                  <th scope="colgroup" colSpan={3} className="py-1 pr-3 text-right" role="columnheader">
                    Năm {overview.year}
                  </th>
                  <th scope="colgroup" colSpan={3} className="py-1 pr-3 text-right" role="columnheader">
                    Nhiệm kỳ {overview.term.label}
                  </th>
                </tr>
                <tr className="border-b border-stone-300 text-xs text-stone-600" role="row">
                  {['Tập thể', 'Cá nhân', 'Quyết định', 'Tập thể', 'Cá nhân', 'Quyết định'].map((h, i) => (
                    <th key={i} scope="col" className="py-1 pr-3 text-right font-normal" role="columnheader">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody role="rowgroup">
                {overview.byLevel.map((row) => (
                  <tr key={row.level ?? 'all'} className={row.level ? 'border-b border-stone-200' : 'font-bold'} role="row">
                    <th scope="row" className="py-2 pr-3 text-left font-semibold" role="rowheader">
                      {row.level ? levelLabels[row.level] : 'Tất cả các cấp'}
                    </th>
                    <Figures f={row.year} period={`Năm ${overview.year}`} />
                    <Figures f={row.term} period={`Nhiệm kỳ ${overview.term.label}`} />
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="mt-2 text-sm">
            <a href={registryPaths.stats} className="text-brand-700 hover:underline">
              Xem thống kê theo năm, danh hiệu, cấp và đơn vị ›
            </a>
          </p>
        </section>
      ) : (
        <p className="mb-10 text-stone-600">Chưa có quyết định khen thưởng nào được ghi nhận.</p>
      )}

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="latest-decisions">
          <h2 id="latest-decisions" className="mb-3 border-b-2 border-brand-600 pb-1 text-lg font-bold uppercase tracking-wide text-brand-700">
            Quyết định mới
          </h2>
          <ul className="space-y-4">
            {highlights.decisions.map((d) => (
              <li key={d.id}>
                <DecisionItem decision={d} />
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm">
            <a href={registryPaths.decisions} className="text-brand-700 hover:underline">
              Tất cả quyết định ›
            </a>
          </p>
        </section>
        <section aria-labelledby="active-campaigns">
          <h2 id="active-campaigns" className="mb-3 border-b-2 border-brand-600 pb-1 text-lg font-bold uppercase tracking-wide text-brand-700">
            Phong trào đang diễn ra
          </h2>
          {highlights.campaigns.length === 0 ? <p className="text-stone-600">Không có phong trào nào đang diễn ra.</p> : null}
          <ul className="space-y-3">
            {highlights.campaigns.map((c) => (
              <li key={c.id}>
                <a href={registryPaths.campaign(c.slug)} className="font-semibold text-brand-700 hover:underline">
                  {c.name}
                </a>
                <span className="block text-xs text-stone-600">
                  {formatDate(c.startDate)}
                  {c.endDate ? ` – ${formatDate(c.endDate)}` : ''}
                </span>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm">
            <a href={registryPaths.campaigns} className="text-brand-700 hover:underline">
              Tất cả phong trào ›
            </a>
          </p>
        </section>
      </div>
    </div>
  );
}
