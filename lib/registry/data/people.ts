import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/platform/cache-tags';
import { db, reader } from '@/lib/db';
import { cardSelect, publishedWhere, toCard, type ArticleCardDto } from '@/lib/newsroom/data/articles';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AwardLevel } from '@/lib/generated/prisma/enums';
import { computeStreaks, type Streak } from '@/lib/registry/streaks';
import { byNewest, storySelect } from '@/lib/registry/data/units';

// Collectives and people as readers see them: their pages, with the awards in time order and
// the streaks computed from them. Individuals who did not consent to publication have no
// page and appear in no member list.

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


// The registrar's screens: uncached and from the primary, so a save shows at once.

/** A record's awards as the registrar's pages list them, each with its decision. */
const awardHistorySelect = { id: true, year: true, type: { select: { name: true } }, decision: { select: { id: true, number: true, status: true } } } as const;

/** People and collectives whose names contain every word of the search (50 of each). */
export async function searchRecipientsForStaff(terms: string[]) {
  if (terms.length === 0) return { people: [], collectives: [] };
  const where = { AND: terms.map((t) => ({ searchText: { contains: t } })) };
  const [people, collectives] = await Promise.all([
    db.individual.findMany({ where, take: 50, orderBy: { fullName: 'asc' }, select: { id: true, fullName: true, position: true, publicationConsent: true, unit: { select: { name: true } }, _count: { select: { awards: true } } } }),
    db.collective.findMany({ where, take: 50, orderBy: { name: 'asc' }, select: { id: true, name: true, unit: { select: { name: true } }, _count: { select: { awards: true } } } }),
  ]);
  return { people, collectives };
}

/** A person as the registrar edits them: fields, unit history, awards. */
export async function getIndividualForEdit(id: string) {
  return db.individual.findUnique({
    where: { id },
    select: {
      id: true,
      fullName: true,
      position: true,
      gender: true,
      birthYear: true,
      publicationConsent: true,
      unitId: true,
      unit: { select: { name: true } },
      unitHistory: { orderBy: { startedAt: { sort: 'asc', nulls: 'first' } }, select: { id: true, position: true, startedAt: true, endedAt: true, unit: { select: { name: true } } } },
      awards: { orderBy: { year: 'desc' }, select: awardHistorySelect },
    },
  });
}

/** A collective as the registrar edits it, with its awards. */
export async function getCollectiveForEdit(id: string) {
  return db.collective.findUnique({
    where: { id },
    select: { id: true, name: true, description: true, unitId: true, active: true, unit: { select: { name: true } }, awards: { orderBy: { year: 'desc' }, select: awardHistorySelect } },
  });
}
