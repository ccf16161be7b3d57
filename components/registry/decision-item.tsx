import { RevokedBadge } from '@/components/registry/registry-nav';
import { formatDate, formatNumber } from '@/lib/common/format';
import { decisionCategoryLabels, registryPaths } from '@/lib/registry/labels';
import type { DecisionCategory } from '@/lib/generated/prisma/enums';

export interface DecisionItemData {
  slug: string;
  number: string;
  signedAt: Date;
  issuingAuthority: string;
  summary?: string | null;
  category?: DecisionCategory;
  revoked: boolean;
  awardCount: number;
}

/** One decision in a list: number (linked), revoked mark, summary, authority, date, count. */
export function DecisionItem({ decision: d, showSummary = true }: { decision: DecisionItemData; showSummary?: boolean }) {
  return (
    <>
      <a href={registryPaths.decision(d.slug)} className="font-semibold text-brand-700 hover:underline">
        Quyết định số {d.number}
      </a>
      {d.revoked ? <RevokedBadge /> : null}
      {showSummary && d.summary ? <p className="text-sm text-stone-700">{d.summary}</p> : null}
      <p className="text-xs text-stone-600">
        {d.issuingAuthority} · {formatDate(d.signedAt)}
        {d.category ? ` · ${decisionCategoryLabels[d.category]}` : ''} · {formatNumber(d.awardCount)} lượt khen thưởng
      </p>
    </>
  );
}
