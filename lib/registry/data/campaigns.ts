import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/platform/cache-tags';
import { db, reader } from '@/lib/db';
import { cardSelect, publishedWhere, toCard, type ArticleCardDto } from '@/lib/newsroom/data/articles';
import type { CampaignKind } from '@/lib/generated/prisma/enums';
import { decisionListSelect, resultLines, toDecisionItem, type DecisionListItemDto, type ResultLineDto } from '@/lib/registry/data/decisions';

// Campaigns (phong trào thi đua) as readers see them: the list, and a campaign's page with its
// decisions, results and stories.

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


// The registrar's screens: uncached and from the primary, so a save shows at once.

export async function listCampaignsForStaff() {
  return db.campaign.findMany({ orderBy: { startDate: 'desc' }, select: { id: true, name: true, startDate: true, endDate: true, closedAt: true, _count: { select: { decisions: true } } } });
}

/** A campaign as its form edits it, and the stories linked to it. */
export async function getCampaignForEdit(id: string) {
  const [campaign, stories] = await Promise.all([
    db.campaign.findUnique({
      where: { id },
      select: { id: true, slug: true, name: true, theme: true, kind: true, launchingUnitId: true, startDate: true, endDate: true, occasion: true, description: true, closedAt: true },
    }),
    db.articleCampaign.findMany({ where: { campaignId: id }, select: { article: { select: { id: true, title: true } } } }),
  ]);
  return campaign ? { campaign, stories: stories.map((s) => s.article) } : null;
}
