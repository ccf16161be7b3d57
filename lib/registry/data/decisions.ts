import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/platform/cache-tags';
import { db, reader } from '@/lib/db';
import { cardSelect, publishedWhere, toCard, type ArticleCardDto } from '@/lib/newsroom/data/articles';
import type { DecisionCategory, RecipientKind } from '@/lib/generated/prisma/enums';

// Decisions (quyết định khen thưởng) as readers see them, and the results lines a decision
// or a campaign shows.
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

export async function resultLines(decisionWhere: { campaignId: string } | { decisionId: string }): Promise<ResultLineDto[]> {
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

export const decisionListSelect = {
  slug: true,
  number: true,
  signedAt: true,
  issuingAuthority: true,
  category: true,
  summary: true,
  status: true,
  _count: { select: { awards: true } },
} as const;

export function toDecisionItem({ status, _count, ...d }: Omit<DecisionListItemDto, 'revoked' | 'awardCount'> & { status: string; _count: { awards: number } }): DecisionListItemDto {
  return { ...d, revoked: status === 'REVOKED', awardCount: _count.awards };
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

// The registrar's screens: uncached and from the primary, so a save shows at once.

/** The latest 100 decisions, newest first, with their award counts. */
export async function listDecisionsForStaff() {
  return db.decision.findMany({
    orderBy: [{ signedAt: 'desc' }, { number: 'asc' }],
    take: 100,
    select: { id: true, number: true, signedAt: true, issuingAuthority: true, status: true, _count: { select: { awards: true } } },
  });
}

/** A decision with its first 500 awards, its award count and the stories linked to it. */
export async function getDecisionForStaff(id: string) {
  const [decision, awards, total, stories] = await Promise.all([
    db.decision.findUnique({ where: { id }, select: { id: true, slug: true, number: true, signedAt: true, issuingAuthority: true, status: true, revokedAt: true, revocationReason: true } }),
    db.award.findMany({
      where: { decisionId: id },
      orderBy: { position: 'asc' },
      take: 500,
      select: {
        id: true,
        year: true,
        type: { select: { name: true } },
        individual: { select: { fullName: true, position: true, publicationConsent: true } },
        collective: { select: { name: true } },
        unit: { select: { name: true } },
      },
    }),
    db.award.count({ where: { decisionId: id } }),
    db.articleDecision.findMany({ where: { decisionId: id }, select: { article: { select: { id: true, title: true } } } }),
  ]);
  return decision ? { decision, awards, total, stories: stories.map((s) => s.article) } : null;
}

/** In-force decisions a register file may add to (the import page's choice), newest first. */
export async function listDecisionsForImport() {
  return db.decision.findMany({ where: { status: 'IN_FORCE' }, orderBy: { signedAt: 'desc' }, take: 200, select: { id: true, number: true, signedAt: true, issuingAuthority: true } });
}

export interface DecisionFormOptions {
  /** Active units depth-first, indented with no-break spaces. */
  units: { id: string; label: string; name: string }[];
  types: { id: string; name: string; recipientKinds: RecipientKind[] }[];
  campaigns: { id: string; name: string }[];
}

/** What the new-decision form offers: active units, active types, campaigns (open first). */
export async function getDecisionFormOptions(): Promise<DecisionFormOptions> {
  const [units, types, campaigns] = await Promise.all([
    db.unit.findMany({ where: { active: true }, select: { id: true, name: true, parentId: true }, orderBy: { name: 'asc' } }),
    db.commendationType.findMany({ where: { active: true }, select: { id: true, name: true, recipientKinds: true }, orderBy: { rank: 'asc' } }),
    db.campaign.findMany({ orderBy: [{ closedAt: { sort: 'asc', nulls: 'first' } }, { startDate: 'desc' }], select: { id: true, name: true } }),
  ]);
  const children = new Map<string | null, typeof units>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const ids = new Set(units.map((u) => u.id));
  const ordered: DecisionFormOptions['units'] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const u of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'vi'))) {
      ordered.push({ id: u.id, label: `${'\u00a0\u00a0'.repeat(depth)}${u.name}`, name: u.name });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  // Units whose parent is inactive would be skipped by the walk: list them at the top level.
  for (const u of units) {
    if (!u.parentId || ids.has(u.parentId)) continue;
    ordered.push({ id: u.id, label: u.name, name: u.name });
    walk(u.id, 1);
  }
  return { units: ordered, types, campaigns };
}
