import { scaleLinear } from 'd3-scale';
import { formatNumber } from '@/lib/format';
import type { StatRow } from '@/lib/data/registry-stats';

const ROW = 28;
const LABEL = 250;
const WIDTH = 720;
const RIGHT = 64;

/**
 * A stacked horizontal bar chart drawn on the server as SVG (no JavaScript), with the
 * same figures in a table for screen readers and for anyone who wants the numbers.
 */
export function BarChart({ id, title, rows, firstHeader }: { id: string; title: string; rows: StatRow[]; firstHeader: string }) {
  const max = Math.max(1, ...rows.map((r) => r.collectives + r.individuals));
  const x = scaleLinear().domain([0, max]).nice().range([0, WIDTH - LABEL - RIGHT]);
  const height = rows.length * ROW + 28;
  return (
    <figure aria-labelledby={`${id}-title`} className="mb-10">
      <figcaption id={`${id}-title`} className="mb-2 font-serif text-xl font-bold text-brand-700">
        {title}
      </figcaption>
      {rows.length === 0 ? (
        <p className="text-stone-600">Chưa có số liệu.</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-3xl" aria-hidden="true" focusable="false">
            {x.ticks(5).map((tick) => (
              <g key={tick} transform={`translate(${LABEL + x(tick)},0)`}>
                <line y1={0} y2={rows.length * ROW} className="stroke-stone-200" />
                <text y={rows.length * ROW + 16} textAnchor="middle" className="fill-stone-600 text-[11px]">
                  {formatNumber(tick)}
                </text>
              </g>
            ))}
            {rows.map((row, i) => {
              const y = i * ROW + 4;
              const wc = x(row.collectives);
              const wi = x(row.individuals);
              return (
                <g key={row.key}>
                  <text x={LABEL - 8} y={y + 14} textAnchor="end" className="fill-stone-800 text-[12px]">
                    {row.label.length > 32 ? `${row.label.slice(0, 31)}…` : row.label}
                  </text>
                  <rect x={LABEL} y={y} width={wc} height={ROW - 10} className="fill-brand-600" />
                  <rect x={LABEL + wc} y={y} width={wi} height={ROW - 10} className="fill-gold-400" />
                  <text x={LABEL + wc + wi + 6} y={y + 14} className="fill-stone-700 text-[12px]">
                    {formatNumber(row.collectives + row.individuals)}
                  </text>
                </g>
              );
            })}
          </svg>
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
          <table className="sr-only">
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
        </>
      )}
    </figure>
  );
}
