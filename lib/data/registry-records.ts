import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/cache-tags';
import { reader } from '@/lib/db';
import { cardSelect, publishedWhere, toCard, type ArticleCardDto } from '@/lib/data/articles';
import { Prisma } from '@/lib/generated/prisma/client';
import { beginsIndexedWords, beginsWords } from '@/lib/data/word-match';
import type { AwardLevel, UnitKind } from '@/lib/generated/prisma/enums';
import { computeStreaks, type Streak } from '@/lib/registry/streaks';
import { viCollator } from '@/lib/format';

// Units, collectives and people as readers see them. Individuals who did not consent to
// publication have no page and appear in no member list.

export interface UnitNodeDto {
  id: string;
  slug: string;
  name: string;
  kind: UnitKind;
  active: boolean;
  children: UnitNodeDto[];
}

/** The whole hierarchy, siblings in Vietnamese order (one query). */
export async function getUnitTree(): Promise<UnitNodeDto[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const units = await reader().unit.findMany({ select: { id: true, slug: true, name: true, kind: true, active: true, parentId: true } });
  const nodes = new Map(units.map((u) => [u.id, { id: u.id, slug: u.slug, name: u.name, kind: u.kind, active: u.active, children: [] as UnitNodeDto[] }]));
  const roots: UnitNodeDto[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id)!;
    const parent = unit.parentId ? nodes.get(unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: UnitNodeDto[]) => {
    list.sort((a, b) => viCollator.compare(a.name, b.name));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

const storySelect = { article: { select: cardSelect } } as const;
const byNewest = (a: ArticleCardDto, b: ArticleCardDto) => b.publishedAt.getTime() - a.publishedAt.getTime();

export interface UnitPageDto {
  id: string;
  slug: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  active: boolean;
  memberCount: number | null;
  description: string | null;
  ancestors: { slug: string; name: string }[];
  children: { slug: string; name: string; kind: UnitKind; active: boolean }[];
  collectives: { slug: string; name: string }[];
  members: { slug: string; fullName: string; position: string | null }[];
  memberTotal: number;
  stories: ArticleCardDto[];
}

export const UNIT_MEMBERS_SHOWN = 200;

/** A unit with its surroundings: two queries (the unit, then its ancestors). */
export async function getUnitPage(slug: string): Promise<UnitPageDto | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry, tags.articles);
  const now = new Date();
  const unit = await reader().unit.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      code: true,
      name: true,
      shortName: true,
      kind: true,
      active: true,
      memberCount: true,
      description: true,
      children: { select: { slug: true, name: true, kind: true, active: true } },
      collectives: { select: { slug: true, name: true } },
      individuals: {
        where: { publicationConsent: true },
        select: { slug: true, fullName: true, position: true },
        orderBy: { fullName: 'asc' },
        take: UNIT_MEMBERS_SHOWN,
      },
      _count: { select: { individuals: { where: { publicationConsent: true } } } },
      articles: { where: { article: publishedWhere(now) }, select: storySelect },
    },
  });
  if (!unit) return null;
  const ancestors = await reader().$queryRaw<{ slug: string; name: string }[]>`
    WITH RECURSIVE chain(id, parent_id, slug, name, depth) AS (
      SELECT p.id, p.parent_id, p.slug, p.name, 1 FROM units u JOIN units p ON p.id = u.parent_id WHERE u.id = ${unit.id}
      UNION ALL
      SELECT p.id, p.parent_id, p.slug, p.name, c.depth + 1 FROM chain c JOIN units p ON p.id = c.parent_id WHERE c.depth < 50
    )
    SELECT slug, name FROM chain ORDER BY depth DESC`;
  const { children, collectives, individuals, _count, articles, ...rest } = unit;
  return {
    ...rest,
    ancestors,
    children: children.sort((a, b) => viCollator.compare(a.name, b.name)),
    collectives: collectives.sort((a, b) => viCollator.compare(a.name, b.name)),
    members: individuals.sort((a, b) => viCollator.compare(a.fullName, b.fullName)),
    memberTotal: _count.individuals,
    stories: articles.map((a) => toCard(a.article)).sort(byNewest),
  };
}

/** Where a unit's former slug leads (the unit it was merged into), or null. */
export async function getMergedUnitSlug(slug: string): Promise<string | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const row = await reader().unitSlug.findUnique({ where: { slug }, select: { unit: { select: { slug: true } } } });
  return row?.unit.slug ?? null;
}

export interface TimelineAwardDto {
  id: string;
  year: number;
  achievement: string | null;
  streakNote: string | null;
  type: { name: string; slug: string; level: AwardLevel };
  decision: { number: string; slug: string; signedAt: Date; issuingAuthority: string; revoked: boolean };
}

const timelineSelect = {
  id: true,
  year: true,
  achievement: true,
  streakNote: true,
  type: { select: { name: true, slug: true, level: true } },
  decision: { select: { number: true, slug: true, signedAt: true, issuingAuthority: true, status: true } },
} satisfies Prisma.AwardSelect;

type TimelineRow = Prisma.AwardGetPayload<{ select: typeof timelineSelect }>;

function toTimeline(rows: TimelineRow[]): { awards: TimelineAwardDto[]; streaks: Streak[] } {
  const awards = rows
    .map(({ decision: { status, ...decision }, ...a }) => ({ ...a, decision: { ...decision, revoked: status === 'REVOKED' } }))
    .sort((a, b) => b.year - a.year || b.decision.signedAt.getTime() - a.decision.signedAt.getTime());
  const streaks = computeStreaks(awards.map((a) => ({ typeSlug: a.type.slug, typeName: a.type.name, year: a.year, revoked: a.decision.revoked })));
  return { awards, streaks };
}

export interface RecipientPageDto {
  slug: string;
  name: string;
  position: string | null;
  description: string | null;
  unit: { slug: string; name: string };
  awards: TimelineAwardDto[];
  streaks: Streak[];
  stories: ArticleCardDto[];
}

// What a collective's and a person's page share: unit, awards, published stories.
const recipientRelations = (now: Date) =>
  ({
    unit: { select: { slug: true, name: true } },
    awards: { select: timelineSelect },
    articles: { where: { article: publishedWhere(now) }, select: storySelect },
  }) satisfies Prisma.CollectiveSelect & Prisma.IndividualSelect;

function toRecipientPage(
  own: Pick<RecipientPageDto, 'slug' | 'name' | 'position' | 'description'>,
  row: { unit: RecipientPageDto['unit']; awards: TimelineRow[]; articles: { article: Prisma.ArticleGetPayload<{ select: typeof cardSelect }> }[] },
): RecipientPageDto {
  return { ...own, unit: row.unit, ...toTimeline(row.awards), stories: row.articles.map((a) => toCard(a.article)).sort(byNewest) };
}

/** A collective's awards as a timeline, its streaks and stories (one query). */
export async function getCollectivePage(slug: string): Promise<RecipientPageDto | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry, tags.articles);
  const row = await reader().collective.findUnique({
    where: { slug },
    select: { slug: true, name: true, description: true, ...recipientRelations(new Date()) },
  });
  return row ? toRecipientPage({ slug: row.slug, name: row.name, position: null, description: row.description }, row) : null;
}

/** A person's public page; null (not found) for anyone without publication consent. */
export async function getIndividualPage(slug: string): Promise<RecipientPageDto | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry, tags.articles);
  const row = await reader().individual.findUnique({
    where: { slug, publicationConsent: true },
    select: { slug: true, fullName: true, position: true, ...recipientRelations(new Date()) },
  });
  return row ? toRecipientPage({ slug: row.slug, name: row.fullName, position: row.position, description: null }, row) : null;
}

export interface EntityMatchesDto {
  units: { slug: string; name: string }[];
  collectives: { slug: string; name: string; unitName: string }[];
  individuals: { slug: string; fullName: string; position: string | null; unitName: string }[];
  decisions: { slug: string; number: string; signedAt: Date; issuingAuthority: string; revoked: boolean }[];
}

export const ENTITY_MATCHES_SHOWN = 6;

/** Units, collectives, people and decisions with a word starting with each query word. */
export async function searchRegistryEntities(terms: string[]): Promise<EntityMatchesDto> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  if (terms.length === 0) return { units: [], collectives: [], individuals: [], decisions: [] };
  // search_text is lower-case without diacritics; terms are letters and digits only.
  const words = terms.slice(0, 8);
  const matching = (column: Prisma.Sql) => beginsIndexedWords(column, words);
  const take = ENTITY_MATCHES_SHOWN;
  const [units, collectives, individuals, decisions] = await Promise.all([
    reader().$queryRaw<{ slug: string; name: string }[]>`
      SELECT slug, name FROM units u WHERE ${matching(Prisma.sql`u.search_text`)} ORDER BY name LIMIT ${take}`,
    reader().$queryRaw<{ slug: string; name: string; unitName: string }[]>`
      SELECT c.slug, c.name, u.name AS "unitName" FROM collectives c JOIN units u ON u.id = c.unit_id
      WHERE ${matching(Prisma.sql`c.search_text`)} ORDER BY c.name LIMIT ${take}`,
    reader().$queryRaw<{ slug: string; fullName: string; position: string | null; unitName: string }[]>`
      SELECT i.slug, i.full_name AS "fullName", i.position, u.name AS "unitName" FROM individuals i JOIN units u ON u.id = i.unit_id
      WHERE i.publication_consent AND ${matching(Prisma.sql`i.search_text`)} ORDER BY i.full_name LIMIT ${take}`,
    reader().$queryRaw<{ slug: string; number: string; signedAt: Date; issuingAuthority: string; status: string }[]>`
      SELECT d.slug, d.number, d.signed_at AS "signedAt", d.issuing_authority AS "issuingAuthority", d.status::text AS status FROM decisions d
      WHERE ${beginsWords(Prisma.sql`d.search_text`, words)} AND ${beginsWords(Prisma.sql`lower(bv_unaccent(d.number))`, words)}
      ORDER BY d.signed_at DESC LIMIT ${take}`,
  ]);
  return {
    units,
    collectives,
    individuals,
    decisions: decisions.map(({ status, ...d }) => ({ ...d, revoked: status === 'REVOKED' })),
  };
}

/**
 * The most-honoured collectives or people, prerendered at build; every other page renders
 * on its first visit and is then cached like them.
 */
export async function listProminentRecipientSlugs(kind: 'COLLECTIVE' | 'INDIVIDUAL', take = 20): Promise<string[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const rows =
    kind === 'COLLECTIVE'
      ? await reader().collective.findMany({ orderBy: [{ awards: { _count: 'desc' } }, { slug: 'asc' }], take, select: { slug: true } })
      : await reader().individual.findMany({
          where: { publicationConsent: true },
          orderBy: [{ awards: { _count: 'desc' } }, { slug: 'asc' }],
          take,
          select: { slug: true },
        });
  return rows.map((r) => r.slug);
}
