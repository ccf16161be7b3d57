import { formatNumber } from '@/lib/common/format';
import type { StatRow } from '@/lib/registry/data/stats';

/**
 * A stacked horizontal bar chart drawn on the server as HTML (no JavaScript): each bar's
 * label is text at the page's size, above the bar on a phone and beside it on wider
 * screens, so it stays readable at any width (an SVG drawn 720 units wide shrank its labels
 * to 5 px on a phone). The same figures are in a table for screen readers and for anyone
 * who wants the numbers.
 */
export function BarChart({ id, title, rows, firstHeader }: { id: string; title: string; rows: StatRow[]; firstHeader: string }) {
  const max = Math.max(1, ...rows.map((r) => r.collectives + r.individuals));
  const share = (n: number) => `${((n / max) * 100).toFixed(2)}%`;
  return (
    <figure aria-labelledby={`${id}-title`} className="mb-10">
      <figcaption id={`${id}-title`} className="mb-2 font-serif text-xl font-bold text-brand-700">
        {title}
      </figcaption>
      {rows.length === 0 ? (
        <p className="text-stone-600">Chưa có số liệu.</p>
      ) : (
        <>
          <div aria-hidden="true" className="max-w-3xl space-y-2 text-sm" data-chart={id}>
            {rows.map((row) => (
              <div key={row.key} className="sm:grid sm:grid-cols-[15rem_1fr] sm:items-center sm:gap-3">
                <div className="text-stone-800 sm:truncate sm:text-right" title={row.label}>
                  {row.label}
                </div>
                <div className="flex items-center gap-2">
                  <div className="flex h-4 min-w-0 flex-1">
                    <div className="bg-brand-600" style={{ width: share(row.collectives) }} />
                    <div className="bg-gold-400" style={{ width: share(row.individuals) }} />
                  </div>
                  <span className="w-16 shrink-0 tabular-nums text-stone-700">{formatNumber(row.collectives + row.individuals)}</span>
                </div>
              </div>
            ))}
          </div>
          <p className="mt-1 flex gap-4 text-xs text-stone-700" aria-hidden="true">
            <span>
              <span className="mr-1 inline-block h-3 w-3 bg-brand-600 align-middle" />
              Tập thể, đơn vị
            </span>
            <span>
              <span className="mr-1 inline-block h-3 w-3 bg-gold-400 align-middle" />
              Cá nhân
            </span>
          </p>
          {/* Wrapped: a table keeps its natural width even when hidden, and would widen the page. */}
          <div className="sr-only">
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{firstHeader}</th>
                <th scope="col">Tập thể, đơn vị</th>
                <th scope="col">Cá nhân</th>
                <th scope="col">Tổng</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{formatNumber(row.collectives)}</td>
                  <td>{formatNumber(row.individuals)}</td>
                  <td>{formatNumber(row.collectives + row.individuals)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </>
      )}
    </figure>
  );
}
