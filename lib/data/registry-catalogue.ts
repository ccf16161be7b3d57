import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/cache-tags';
import { reader } from '@/lib/db';
import { cardSelect, publishedWhere, toCard, type ArticleCardDto } from '@/lib/data/articles';
import type { AwardLevel, CampaignKind, CommendationKind, DecisionCategory, IssuingSystem, RecipientKind } from '@/lib/generated/prisma/enums';

// Commendation types, campaigns and decisions.
//
// A decision's totals and a campaign's results are the official figures of public legal
// documents ("17 tập thể, 46 cá nhân"): they count every recipient of in-force decisions,
// including people who did not consent to publication (who are never named). They are
// fixed groups no reader can narrow, so the count cannot single anyone out.

export interface ResultLineDto {
  typeName: string;
  typeSlug: string;
  /** Units and collectives: both are "tập thể" in a decision's wording. */
  collectives: number;
  individuals: number;
}

async function resultLines(decisionWhere: { campaignId: string } | { decisionId: string }): Promise<ResultLineDto[]> {
  const filter =
    'campaignId' in decisionWhere
      ? reader().$queryRaw<{ type_name: string; type_slug: string; collectives: bigint; individuals: bigint }[]>`
          SELECT t.name AS type_name, t.slug AS type_slug,
            count(*) FILTER (WHERE a.individual_id IS NULL) AS collectives,
            count(*) FILTER (WHERE a.individual_id IS NOT NULL) AS individuals
          FROM awards a JOIN decisions d ON d.id = a.decision_id JOIN commendation_types t ON t.id = a.type_id
          WHERE d.campaign_id = ${decisionWhere.campaignId} AND d.status = 'IN_FORCE'
          GROUP BY t.name, t.slug, t.rank ORDER BY t.rank, t.name`
      : reader().$queryRaw<{ type_name: string; type_slug: string; collectives: bigint; individuals: bigint }[]>`
          SELECT t.name AS type_name, t.slug AS type_slug,
            count(*) FILTER (WHERE a.individual_id IS NULL) AS collectives,
            count(*) FILTER (WHERE a.individual_id IS NOT NULL) AS individuals
          FROM awards a JOIN commendation_types t ON t.id = a.type_id
          WHERE a.decision_id = ${decisionWhere.decisionId}
          GROUP BY t.name, t.slug, t.rank ORDER BY t.rank, t.name`;
  const rows = await filter;
  return rows.map((r) => ({ typeName: r.type_name, typeSlug: r.type_slug, collectives: Number(r.collectives), individuals: Number(r.individuals) }));
}

export interface CommendationTypeDto {
  slug: string;
  code: string;
  name: string;
  kind: CommendationKind;
  issuingSystem: IssuingSystem;
  level: AwardLevel;
  authority: string;
  recipientKinds: RecipientKind[];
  legalBasis: string | null;
  description: string | null;
  active: boolean;
  /** In-force awards a reader can see. */
  awardCount: number;
}

/** The catalogue with public award counts, in precedence order (two queries). */
export async function listCommendationTypes(): Promise<CommendationTypeDto[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const [types, counts] = await Promise.all([
    reader().commendationType.findMany({
      orderBy: [{ rank: 'asc' }, { name: 'asc' }],
      select: {
        id: true,
        slug: true,
        code: true,
        name: true,
        kind: true,
        issuingSystem: true,
        level: true,
        authority: true,
        recipientKinds: true,
        legalBasis: true,
        description: true,
        active: true,
      },
    }),
    reader().$queryRaw<{ type_id: string; n: bigint }[]>`
      SELECT a.type_id, count(*) AS n FROM awards a
      JOIN decisions d ON d.id = a.decision_id LEFT JOIN individuals i ON i.id = a.individual_id
      WHERE d.status = 'IN_FORCE' AND (a.individual_id IS NULL OR i.publication_consent)
      GROUP BY a.type_id`,
  ]);
  const byType = new Map(counts.map((c) => [c.type_id, Number(c.n)]));
  return types.map(({ id, ...t }) => ({ ...t, awardCount: byType.get(id) ?? 0 }));
}

export async function getCommendationType(slug: string): Promise<CommendationTypeDto | null> {
  const types = await listCommendationTypes();
  return types.find((t) => t.slug === slug) ?? null;
}

export interface CampaignListItemDto {
  slug: string;
  name: string;
  theme: string | null;
  kind: CampaignKind;
  startDate: Date;
  endDate: Date | null;
  closed: boolean;
  launchingUnit: { slug: string; name: string } | null;
  decisionCount: number;
}

const campaignListSelect = {
  slug: true,
  name: true,
  theme: true,
  kind: true,
  startDate: true,
  endDate: true,
  closedAt: true,
  launchingUnit: { select: { slug: true, name: true } },
  _count: { select: { decisions: true } },
} as const;

function toCampaignItem({ closedAt, _count, ...c }: { closedAt: Date | null; _count: { decisions: number } } & Omit<CampaignListItemDto, 'closed' | 'decisionCount'>, now: Date): CampaignListItemDto {
  return { ...c, closed: closedAt !== null || (c.endDate !== null && c.endDate < now), decisionCount: _count.decisions };
}

/** Every campaign, running ones first, then newest (one query). */
export async function listCampaigns(): Promise<CampaignListItemDto[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const now = new Date();
  const rows = await reader().campaign.findMany({ orderBy: [{ startDate: 'desc' }, { id: 'asc' }], select: campaignListSelect });
  const items = rows.map((r) => toCampaignItem(r, now));
  return [...items.filter((c) => !c.closed), ...items.filter((c) => c.closed)];
}

export interface DecisionListItemDto {
  slug: string;
  number: string;
  signedAt: Date;
  issuingAuthority: string;
  category: DecisionCategory;
  summary: string | null;
  revoked: boolean;
  awardCount: number;
}

const decisionListSelect = {
  slug: true,
  number: true,
  signedAt: true,
  issuingAuthority: true,
  category: true,
  summary: true,
  status: true,
  _count: { select: { awards: true } },
} as const;

function toDecisionItem({ status, _count, ...d }: Omit<DecisionListItemDto, 'revoked' | 'awardCount'> & { status: string; _count: { awards: number } }): DecisionListItemDto {
  return { ...d, revoked: status === 'REVOKED', awardCount: _count.awards };
}

export interface CampaignPageDto extends CampaignListItemDto {
  occasion: string | null;
  description: string | null;
  results: ResultLineDto[];
  decisions: DecisionListItemDto[];
  stories: ArticleCardDto[];
}

/** A campaign, its decisions, results and stories (three queries). */
export async function getCampaignPage(slug: string): Promise<CampaignPageDto | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry, tags.articles);
  const now = new Date();
  const campaign = await reader().campaign.findUnique({
    where: { slug },
    select: {
      ...campaignListSelect,
      id: true,
      occasion: true,
      description: true,
      decisions: { select: decisionListSelect, orderBy: [{ signedAt: 'asc' }, { number: 'asc' }] },
      articles: { where: { article: publishedWhere(now) }, select: { article: { select: cardSelect } } },
    },
  });
  if (!campaign) return null;
  const { id, decisions, articles, occasion, description, ...item } = campaign;
  const [results, decisionStories] = await Promise.all([
    resultLines({ campaignId: id }),
    // Stories that report one of the campaign's decisions belong to it too.
    reader().article.findMany({ where: { ...publishedWhere(now), decisions: { some: { decision: { campaignId: id } } } }, select: cardSelect }),
  ]);
  const stories = new Map([...articles.map((a) => a.article), ...decisionStories].map((a) => [a.id, toCard(a)]));
  return {
    ...toCampaignItem(item, now),
    occasion,
    description,
    results,
    decisions: decisions.map(toDecisionItem),
    stories: [...stories.values()].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()),
  };
}

export const DECISION_PAGE_SIZE = 30;

export interface DecisionListDto {
  decisions: DecisionListItemDto[];
  total: number;
  page: number;
  pageCount: number;
}

/** Decisions, newest signed first, revoked ones included and marked (two queries). */
export async function listDecisions(page: number): Promise<DecisionListDto> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const [rows, total] = await Promise.all([
    reader().decision.findMany({
      orderBy: [{ signedAt: 'desc' }, { number: 'asc' }],
      skip: (page - 1) * DECISION_PAGE_SIZE,
      take: DECISION_PAGE_SIZE,
      select: decisionListSelect,
    }),
    reader().decision.count(),
  ]);
  return { decisions: rows.map(toDecisionItem), total, page, pageCount: Math.ceil(total / DECISION_PAGE_SIZE) };
}

export interface DecisionPageDto extends DecisionListItemDto {
  signerName: string;
  signerTitle: string;
  revokedAt: Date | null;
  revocationReason: string | null;
  campaign: { slug: string; name: string } | null;
  results: ResultLineDto[];
  stories: ArticleCardDto[];
}

/** A decision with its official totals and stories (two queries; recipients are a list). */
export async function getDecisionPage(slug: string): Promise<DecisionPageDto | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry, tags.articles);
  const now = new Date();
  const row = await reader().decision.findUnique({
    where: { slug },
    select: {
      ...decisionListSelect,
      id: true,
      signerName: true,
      signerTitle: true,
      revokedAt: true,
      revocationReason: true,
      campaign: { select: { slug: true, name: true } },
      articles: { where: { article: publishedWhere(now) }, select: { article: { select: cardSelect } } },
    },
  });
  if (!row) return null;
  const { id, signerName, signerTitle, revokedAt, revocationReason, campaign, articles, ...item } = row;
  return {
    ...toDecisionItem(item),
    signerName,
    signerTitle,
    revokedAt,
    revocationReason,
    campaign,
    results: await resultLines({ decisionId: id }),
    stories: articles.map((a) => toCard(a.article)).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()),
  };
}
