import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { reader } from '@/lib/db';
import { tags } from '@/lib/platform/cache-tags';

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
    reader().decision.findMany({
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
    reader().campaign.findMany({
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

export interface AwardFactDto {
  decisionId: string;
  decisionSlug: string;
  decisionNumber: string;
  signedAt: Date;
  typeName: string;
  collectives: number;
  individuals: number;
}

/**
 * The "award facts" a story embeds: per decision and commendation type, how many
 * collectives (units included) and individuals were honoured. In-force decisions only,
 * so a revoked decision never inflates a story's figures. One query.
 */
export async function getAwardFacts(decisionIds: string[]): Promise<AwardFactDto[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  if (decisionIds.length === 0) return [];
  const rows = await reader().$queryRaw<
    { decision_id: string; slug: string; number: string; signed_at: Date; type_name: string; collectives: bigint; individuals: bigint }[]
  >`
    SELECT d.id AS decision_id, d.slug, d.number, d.signed_at, t.name AS type_name,
           count(*) FILTER (WHERE a.unit_id IS NOT NULL OR a.collective_id IS NOT NULL) AS collectives,
           count(*) FILTER (WHERE a.individual_id IS NOT NULL) AS individuals
    FROM awards a
    JOIN decisions d ON d.id = a.decision_id
    JOIN commendation_types t ON t.id = a.type_id
    WHERE d.id = ANY(${decisionIds}) AND d.status = 'IN_FORCE'
    GROUP BY d.id, d.slug, d.number, d.signed_at, t.name, t.rank
    ORDER BY d.signed_at, t.rank`;
  return rows.map((r) => ({
    decisionId: r.decision_id,
    decisionSlug: r.slug,
    decisionNumber: r.number,
    signedAt: r.signed_at,
    typeName: r.type_name,
    collectives: Number(r.collectives),
    individuals: Number(r.individuals),
  }));
}
