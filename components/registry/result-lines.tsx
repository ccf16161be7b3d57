import type { ResultLineDto } from '@/lib/registry/data/decisions';
import { formatNumber } from '@/lib/common/format';
import { registryPaths } from '@/lib/registry/labels';

/** "17 tập thể, 46 cá nhân" */
export function countPhrase(collectives: number, individuals: number): string {
  return [collectives ? `${formatNumber(collectives)} tập thể` : null, individuals ? `${formatNumber(individuals)} cá nhân` : null].filter(Boolean).join(', ');
}

/** Official figures of a decision or a campaign, per commendation type. */
export function ResultLines({ lines, heading }: { lines: ResultLineDto[]; heading: string }) {
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby="results-heading" className="rounded-lg border border-gold-400 bg-brand-50 p-5">
      <h2 id="results-heading" className="mb-3 text-sm font-bold uppercase tracking-wide text-brand-700">
        {heading}
      </h2>
      <ul className="space-y-1">
        {lines.map((line) => (
          <li key={line.typeSlug}>
            <a href={registryPaths.type(line.typeSlug)} className="font-semibold hover:underline">
              {line.typeName}
            </a>
            : {countPhrase(line.collectives, line.individuals)}
          </li>
        ))}
      </ul>
    </section>
  );
}
