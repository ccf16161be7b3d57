import type { AwardFactDto } from '@/lib/registry/data/highlights';
import { formatDate, formatNumber } from '@/lib/common/format';
import { registryPaths } from '@/lib/registry/labels';

/** Figures a story reports, computed from the award records (not typed by the writer). */
export function AwardFactsBox({ facts }: { facts: AwardFactDto[] }) {
  if (facts.length === 0) return null;
  return (
    <aside aria-label="Số liệu khen thưởng" className="not-prose rounded-lg border border-gold-400 bg-brand-50 p-5 font-sans text-base">
      <p className="mb-3 text-sm font-bold uppercase tracking-wide text-brand-700">Số liệu từ Bảng Vàng</p>
      <ul className="space-y-2">
        {facts.map((fact) => (
          <li key={`${fact.decisionId}-${fact.typeName}`}>
            <span className="font-semibold">{fact.typeName}</span>:{' '}
            {[fact.collectives ? `${formatNumber(fact.collectives)} tập thể` : null, fact.individuals ? `${formatNumber(fact.individuals)} cá nhân` : null]
              .filter(Boolean)
              .join(', ')}
            <span className="block text-sm text-stone-600">
              Quyết định số{' '}
              <a href={registryPaths.decision(fact.decisionSlug)} className="text-brand-700 underline decoration-brand-700/40 underline-offset-2">
                {fact.decisionNumber}
              </a>{' '}
              ngày {formatDate(fact.signedAt)}
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
