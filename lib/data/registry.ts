import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '@/lib/db';
import { tags } from '@/lib/cache-tags';

export interface DecisionSummaryDto {
  id: string;
  slug: string;
  number: string;
  signedAt: Date;
  issuingAuthority: string;
  summary: string | null;
  revoked: boolean;
  awardCount: number;
}

export interface CampaignSummaryDto {
  id: string;
  slug: string;
  name: string;
  startDate: Date;
  endDate: Date | null;
}

export interface RegistryHighlightsDto {
  decisions: DecisionSummaryDto[];
  campaigns: CampaignSummaryDto[];
}

/** Newest decisions and running campaigns, for the home page's registry block. */
export async function getRegistryHighlights(): Promise<RegistryHighlightsDto> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const today = new Date();
  const [decisions, campaigns] = await Promise.all([
    db.decision.findMany({
      orderBy: [{ signedAt: 'desc' }, { id: 'desc' }],
      take: 5,
      select: {
        id: true,
        slug: true,
        number: true,
        signedAt: true,
        issuingAuthority: true,
        summary: true,
        status: true,
        _count: { select: { awards: true } },
      },
    }),
    db.campaign.findMany({
      where: { closedAt: null, OR: [{ endDate: null }, { endDate: { gte: today } }] },
      orderBy: { startDate: 'desc' },
      take: 4,
      select: { id: true, slug: true, name: true, startDate: true, endDate: true },
    }),
  ]);
  return {
    decisions: decisions.map(({ status, _count, ...d }) => ({ ...d, revoked: status === 'REVOKED', awardCount: _count.awards })),
    campaigns,
  };
}
