import { RevokedBadge, ScrollRegion } from '@/components/registry/registry-nav';
import type { AwardRowDto } from '@/lib/registry/data/awards';
import { formatDate } from '@/lib/common/format';
import { levelLabels, recipientKindLabels, recipientPath, registryPaths } from '@/lib/registry/labels';

// A list page shows up to 50 rows of four or five links each. The cells are styled once,
// from the table (not per cell), and the links are plain anchors: a next/link per cell
// would add a client component to render and hydrate, and prefetch every row in view.
// Together that halves the page's bytes and its rendering time (npm run bench).
const tableStyles = [
  'stack-table w-full border-collapse text-left text-sm sm:min-w-[40rem]',
  '[&_th]:py-2 [&_th]:pr-3 [&_td]:py-2 [&_td]:pr-3 [&_td]:align-top',
  '[&_tbody_tr]:border-b [&_tbody_tr]:border-stone-200',
  '[&_a]:hover:underline [&_small]:block [&_small]:text-xs [&_small]:text-stone-600',
].join(' ');

/** Rows of a filtered award list: who, what, which decision, when. */
export function AwardTable({ rows, caption, hideDecision = false }: { rows: AwardRowDto[]; caption: string; hideDecision?: boolean }) {
  return (
    <ScrollRegion label={caption}>
      <table className={tableStyles} role="table">
        <caption className="sr-only">{caption}</caption>
        <thead role="rowgroup">
          <tr className="border-b-2 border-brand-600 text-stone-700" role="row">
            <th scope="col" role="columnheader">Người, tập thể được khen</th>
            <th scope="col" role="columnheader">Danh hiệu, hình thức</th>
            {hideDecision ? null : <th scope="col" role="columnheader">Quyết định</th>}
            <th scope="col" role="columnheader" className="text-right">
              Năm
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.id} role="row">
              <td role="cell">
                {/* A tap target of 24 px at least (WCAG 2.5.8): the names stand close, row after row. */}
                <a href={recipientPath(row.recipient.kind, row.recipient.slug)} className="inline-block min-h-6 font-semibold text-brand-700">
                  {row.recipient.name}
                </a>
                <small>
                  {recipientKindLabels[row.recipient.kind]}
                  {row.recipient.position ? ` · ${row.recipient.position}` : ''}
                  {row.recipient.unitName && row.recipient.unitSlug ? (
                    <>
                      {' · '}
                      <a href={registryPaths.unit(row.recipient.unitSlug)} className="underline decoration-stone-400 underline-offset-2">
                        {row.recipient.unitName}
                      </a>
                    </>
                  ) : null}
                </small>
                {row.achievement ? <small className="mt-1 text-stone-700!">{row.achievement}</small> : null}
              </td>
              <td role="cell" data-label="Danh hiệu">
                <a href={registryPaths.type(row.type.slug)}>{row.type.name}</a>
                <small>
                  {levelLabels[row.type.level]}
                  {row.streakNote ? ` · ${row.streakNote}` : ''}
                </small>
              </td>
              {hideDecision ? null : (
                <td role="cell" data-label="Quyết định">
                  <a href={registryPaths.decision(row.decision.slug)} className="whitespace-nowrap">
                    {row.decision.number}
                  </a>
                  {row.decision.revoked ? <RevokedBadge /> : null}
                  <small>{formatDate(row.decision.signedAt)}</small>
                </td>
              )}
              <td role="cell" data-label="Năm" className="pr-0! text-right tabular-nums">
                {row.year}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
