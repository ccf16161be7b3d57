import type { ReportedRecordsDto } from '@/lib/data/article-extras';
import { formatDate, formatNumber } from '@/lib/format';

/** The registry records a story reports (decisions, campaigns, units, people). */
export function ReportedRecords({ records }: { records: ReportedRecordsDto }) {
  const empty =
    records.decisions.length + records.campaigns.length + records.units.length + records.collectives.length + records.individuals.length === 0;
  if (empty) return null;
  return (
    <section aria-labelledby="records-heading" className="rounded-lg border border-gold-400 bg-brand-50 p-5">
      <h2 id="records-heading" className="text-sm font-bold uppercase tracking-wide text-brand-700">
        Hồ sơ khen thưởng trong bài
      </h2>
      {records.decisions.length > 0 ? (
        <ul className="mt-3 space-y-2">
          {records.decisions.map((d) => (
            <li key={d.id}>
              <span className="font-semibold">Quyết định số {d.number}</span> ngày {formatDate(d.signedAt)}
              {d.revoked ? <span className="ml-2 rounded bg-stone-700 px-1.5 py-0.5 text-xs font-semibold text-white">Đã thu hồi</span> : null}
              <span className="block text-sm text-stone-600">
                {d.issuingAuthority} · {formatNumber(d.awardCount)} lượt khen thưởng
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {records.campaigns.length > 0 ? (
        <p className="mt-3 text-sm">
          <span className="font-semibold">Phong trào: </span>
          {records.campaigns.map((c) => c.name).join('; ')}
        </p>
      ) : null}
      {records.units.length + records.collectives.length > 0 ? (
        <p className="mt-2 text-sm">
          <span className="font-semibold">Đơn vị, tập thể: </span>
          {[...records.units.map((u) => u.name), ...records.collectives.map((c) => `${c.name} (${c.unitName})`)].join('; ')}
        </p>
      ) : null}
      {records.individuals.length > 0 ? (
        <p className="mt-2 text-sm">
          <span className="font-semibold">Cá nhân: </span>
          {records.individuals.map((i) => `${i.fullName}${i.position ? `, ${i.position}` : ''} (${i.unitName})`).join('; ')}
        </p>
      ) : null}
    </section>
  );
}
