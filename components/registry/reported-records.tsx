import { RevokedBadge } from '@/components/registry/registry-nav';
import { inlineLinkClass as link } from '@/components/ui/inline-link';
import type { ReportedRecordsDto } from '@/lib/newsroom/data/articles';
import { formatDate, formatNumber } from '@/lib/common/format';
import { registryPaths } from '@/lib/registry/labels';


/** The registry records a story reports (decisions, campaigns, units, people), linked to the registry. */
export function ReportedRecords({ records }: { records: ReportedRecordsDto }) {
  const empty =
    records.decisions.length + records.campaigns.length + records.units.length + records.collectives.length + records.individuals.length === 0;
  if (empty) return null;
  return (
    <section aria-labelledby="records-heading" className="rounded-lg border border-gold-400 bg-brand-50 p-5 print:hidden">
      <h2 id="records-heading" className="text-sm font-bold uppercase tracking-wide text-brand-700">
        Hồ sơ khen thưởng trong bài
      </h2>
      {records.decisions.length > 0 ? (
        <ul className="mt-3 space-y-2">
          {records.decisions.map((d) => (
            <li key={d.id}>
              <a href={registryPaths.decision(d.slug)} className={`font-semibold ${link}`}>
                Quyết định số {d.number}
              </a>{' '}
              ngày {formatDate(d.signedAt)}
              {d.revoked ? <RevokedBadge /> : null}
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
          {records.campaigns.map((c, i) => (
            <span key={c.id}>
              {i > 0 ? '; ' : ''}
              <a href={registryPaths.campaign(c.slug)} className={link}>
                {c.name}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {records.units.length + records.collectives.length > 0 ? (
        <p className="mt-2 text-sm">
          <span className="font-semibold">Đơn vị, tập thể: </span>
          {[
            ...records.units.map((u) => ({ key: u.id, href: registryPaths.unit(u.slug), text: u.name })),
            ...records.collectives.map((c) => ({ key: c.id, href: registryPaths.collective(c.slug), text: `${c.name} (${c.unitName})` })),
          ].map((item, i) => (
            <span key={item.key}>
              {i > 0 ? '; ' : ''}
              <a href={item.href} className={link}>
                {item.text}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {records.individuals.length > 0 ? (
        <p className="mt-2 text-sm">
          <span className="font-semibold">Cá nhân: </span>
          {records.individuals.map((p, i) => (
            <span key={p.id}>
              {i > 0 ? '; ' : ''}
              <a href={registryPaths.individual(p.slug)} className={link}>
                {p.fullName}
              </a>
              {p.position ? `, ${p.position}` : ''} ({p.unitName})
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
