import Link from 'next/link';

export interface AwardHistoryItem {
  id: string;
  year: number;
  type: { name: string };
  decision: { id: string; number: string; status: string };
}

/** A record's awards on the registrar's pages, each with its decision and certificate. */
export function AwardHistory({ awards }: { awards: AwardHistoryItem[] }) {
  return (
    <section aria-labelledby="awards-h" className="rounded border border-stone-200 bg-white p-4">
      <h2 id="awards-h" className="mb-2 font-semibold">
        Khen thưởng ({awards.length})
      </h2>
      <ul className="text-sm">
        {awards.map((a) => (
          <li key={a.id}>
            {a.year} · {a.type.name} ·{' '}
            <Link href={`/admin/khen-thuong/${a.decision.id}`} className="text-brand-700 underline">
              QĐ {a.decision.number}
            </Link>
            {a.decision.status === 'REVOKED' ? ' (đã thu hồi)' : ''} ·{' '}
            <a href={`/api/admin/awards/${a.id}/certificate`} className="text-brand-700 underline" target="_blank" rel="noopener">
              Giấy chứng nhận<span className="sr-only"> năm {a.year}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
