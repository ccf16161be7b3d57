import { RevokedBadge } from '@/components/registry/registry-nav';
import { inlineLinkClass as inlineLink } from '@/components/ui/inline-link';
import type { TimelineAwardDto } from '@/lib/registry/data/people';
import { formatDate } from '@/lib/common/format';
import { levelLabels, registryPaths } from '@/lib/registry/labels';
import { formatStreak, type Streak } from '@/lib/registry/streaks';

/** A recipient's awards, newest year first, with the streaks computed from them. */
export function AwardTimeline({ awards, streaks }: { awards: TimelineAwardDto[]; streaks: Streak[] }) {
  if (awards.length === 0) return <p className="text-stone-600">Chưa có khen thưởng nào được ghi nhận.</p>;
  const years = [...new Set(awards.map((a) => a.year))];
  return (
    <>
      {streaks.length > 0 ? (
        <ul aria-label="Thành tích liên tục" className="mb-6 flex flex-wrap gap-2">
          {streaks.map((s) => (
            <li key={`${s.typeSlug}-${s.fromYear}`} className="rounded-full border border-gold-400 bg-brand-50 px-3 py-1 text-sm">
              <span className="font-semibold">{s.typeName}</span>: {formatStreak(s)}
            </li>
          ))}
        </ul>
      ) : null}
      <ol className="relative border-l-2 border-brand-600 pl-5">
        {years.map((year) => (
          <li key={year} className="mb-6">
            <h3 className="-ml-8 mb-2 flex items-center gap-2 font-bold text-brand-700">
              <span aria-hidden="true" className="inline-block h-4 w-4 rounded-full border-2 border-white bg-brand-600" />
              Năm {year}
            </h3>
            <ul className="space-y-3">
              {awards
                .filter((a) => a.year === year)
                .map((a) => (
                  <li key={a.id} className={a.decision.revoked ? 'text-stone-500' : undefined}>
                    <a href={registryPaths.type(a.type.slug)} className={`font-semibold hover:underline ${a.decision.revoked ? 'line-through' : ''}`}>
                      {a.type.name}
                    </a>
                    <span className="text-sm text-stone-600"> · {levelLabels[a.type.level]}</span>
                    {a.streakNote ? <span className="ml-2 rounded bg-gold-400/30 px-1.5 text-xs">{a.streakNote}</span> : null}
                    {a.decision.revoked ? <RevokedBadge /> : null}
                    {a.achievement ? <p className="text-sm">{a.achievement}</p> : null}
                    <p className="text-sm text-stone-600">
                      Quyết định số{' '}
                      <a href={registryPaths.decision(a.decision.slug)} className={inlineLink}>
                        {a.decision.number}
                      </a>{' '}
                      ngày {formatDate(a.decision.signedAt)} · {a.decision.issuingAuthority}
                    </p>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
