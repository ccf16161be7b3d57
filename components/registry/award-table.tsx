import Link from 'next/link';
import { RevokedBadge, ScrollRegion } from '@/components/registry/registry-nav';
import type { AwardRowDto } from '@/lib/data/registry-awards';
import { formatDate } from '@/lib/format';
import { levelLabels, recipientKindLabels, recipientPath, registryPaths } from '@/lib/registry/labels';

/** Rows of a filtered award list: who, what, which decision, when. */
export function AwardTable({ rows, caption, hideDecision = false }: { rows: AwardRowDto[]; caption: string; hideDecision?: boolean }) {
  return (
    <ScrollRegion label={caption}>
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-brand-600 text-stone-700">
            <th scope="col" className="py-2 pr-3">
              Người, tập thể được khen
            </th>
            <th scope="col" className="py-2 pr-3">
              Danh hiệu, hình thức
            </th>
            {hideDecision ? null : (
              <th scope="col" className="py-2 pr-3">
                Quyết định
              </th>
            )}
            <th scope="col" className="py-2 text-right">
              Năm
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-stone-200 align-top">
              <td className="py-2 pr-3">
                <Link href={recipientPath(row.recipient.kind, row.recipient.slug)} className="font-semibold text-brand-700 hover:underline">
                  {row.recipient.name}
                </Link>
                <span className="block text-xs text-stone-600">
                  {recipientKindLabels[row.recipient.kind]}
                  {row.recipient.position ? ` · ${row.recipient.position}` : ''}
                  {row.recipient.unitName && row.recipient.unitSlug ? (
                    <>
                      {' · '}
                      <Link href={registryPaths.unit(row.recipient.unitSlug)} className="underline decoration-stone-400 underline-offset-2">
                        {row.recipient.unitName}
                      </Link>
                    </>
                  ) : null}
                </span>
                {row.achievement ? <span className="mt-1 block text-xs text-stone-700">{row.achievement}</span> : null}
              </td>
              <td className="py-2 pr-3">
                <Link href={registryPaths.type(row.type.slug)} className="hover:underline">
                  {row.type.name}
                </Link>
                <span className="block text-xs text-stone-600">
                  {levelLabels[row.type.level]}
                  {row.streakNote ? ` · ${row.streakNote}` : ''}
                </span>
              </td>
              {hideDecision ? null : (
                <td className="py-2 pr-3">
                  <Link href={registryPaths.decision(row.decision.slug)} className="whitespace-nowrap hover:underline">
                    {row.decision.number}
                  </Link>
                  {row.decision.revoked ? <RevokedBadge /> : null}
                  <span className="block text-xs text-stone-600">{formatDate(row.decision.signedAt)}</span>
                </td>
              )}
              <td className="py-2 text-right tabular-nums">{row.year}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
