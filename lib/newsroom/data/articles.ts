import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { db, reader } from '@/lib/db';
import { tags } from '@/lib/platform/cache-tags';
import { cardSelect, publishedWhere, toCard, type ArticleCardDto } from '@/lib/newsroom/data/cards';
import { Prisma } from '@/lib/generated/prisma/client';
import { authorPath } from '@/lib/newsroom/schemas/author';
import { LIVE_ENTRY_LIMIT, liveEntrySelect, type LiveFeedDto } from '@/lib/newsroom/data/live';
import { awardFactDecisionIds, readBlocks, type ArticleBlock } from '@/lib/newsroom/schemas/article-body';

export { cardSelect, publishedWhere, toCard, toCover, type ArticleCardDto } from '@/lib/newsroom/data/cards';

export interface HomePageDto {
  lead: ArticleCardDto | null;
  featured: ArticleCardDto[];
  latest: ArticleCardDto[];
  mostRead: ArticleCardDto[];
  sections: { category: { slug: string; name: string }; articles: ArticleCardDto[] }[];
}

/**
 * Everything the home page lists, in four queries whatever the number of sections:
 * latest stories, most read, the menu sections, and the newest four per section
 * (subsections included) picked in one window query.
 */
export async function getHomePage(): Promise<HomePageDto> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.articles, tags.categories);
  const now = new Date();

  const [latestRows, mostReadRows, sections] = await Promise.all([
    reader().article.findMany({
      where: publishedWhere(now),
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: 24,
      select: { ...cardSelect, featured: true },
    }),
    reader().article.findMany({
      where: { ...publishedWhere(now), layout: 'STANDARD' },
      orderBy: [{ viewCount: 'desc' }, { id: 'desc' }],
      take: 5,
      select: cardSelect,
    }),
    reader().category.findMany({
      where: { parentId: null, inMenu: true },
      orderBy: { position: 'asc' },
      select: { id: true, slug: true, name: true },
    }),
  ]);

  const perSection = await reader().$queryRaw<{ id: string; root_id: string }[]>`
    SELECT id, root_id FROM (
      SELECT a.id, coalesce(c.parent_id, c.id) AS root_id,
             row_number() OVER (PARTITION BY coalesce(c.parent_id, c.id) ORDER BY a.published_at DESC, a.id DESC) AS n
      FROM articles a JOIN categories c ON c.id = a.category_id
      WHERE a.status = 'PUBLISHED' AND a.published_at <= ${now}
    ) ranked
    WHERE n <= 4`;
  const sectionRows = await reader().article.findMany({ where: { id: { in: perSection.map((r) => r.id) } }, select: cardSelect });
  const byId = new Map(sectionRows.map((row) => [row.id, toCard(row)]));

  const cards = latestRows.map((row) => ({ card: toCard(row), featured: row.featured }));
  const leadEntry = cards.find((c) => c.featured) ?? cards[0];
  const rest = cards.filter((c) => c !== leadEntry);
  const featured = rest.filter((c) => c.featured).slice(0, 4);
  const latest = rest.filter((c) => !featured.includes(c)).slice(0, 10);

  return {
    lead: leadEntry?.card ?? null,
    featured: featured.map((c) => c.card),
    latest: latest.map((c) => c.card),
    mostRead: mostReadRows.map(toCard),
    sections: sections
      .map((category) => ({
        category: { slug: category.slug, name: category.name },
        articles: perSection
          .filter((r) => r.root_id === category.id)
          .map((r) => byId.get(r.id))
          .filter((card): card is ArticleCardDto => card !== undefined)
          .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()),
      }))
      .filter((section) => section.articles.length > 0),
  };
}

export interface ArticleDto extends ArticleCardDto {
  categoryId: string;
  /** The body's blocks, parsed once here (lib/newsroom/schemas/article-body.ts readBlocks). */
  blocks: ArticleBlock[];
  /** Decisions the body's award-facts boxes show. */
  awardFactDecisionIds: string[];
  coverCaption: string | null;
  byline: string;
  /** The author's page, when the byline is the author's own name (never for a pen name). */
  authorHref: string | null;
  updatedAt: Date;
  seoTitle: string | null;
  seoDescription: string | null;
  category: { slug: string; name: string; parent: { slug: string; name: string } | null };
  tags: { slug: string; name: string }[];
  media: Record<string, { src: string; width: number; height: number; alt: string; caption: string | null; credit: string | null }>;
  records: ReportedRecordsDto;
  /** Corrections on the story, oldest first (Press Law 2016, art. 42). */
  corrections: StoryCorrectionDto[];
  /** The later of the last save, the last correction and the last live entry: JSON-LD's dateModified. */
  modifiedAt: Date;
  /** Live coverage (running or ended), with its entries newest first. */
  live: LiveFeedDto | null;
}

export interface StoryCorrectionDto {
  id: string;
  apology: boolean;
  wrongText: string;
  rightText: string;
  position: 'TOP' | 'BOTTOM';
  publishedAt: Date;
}

/** The registry records a story reports, as its links name them (people only with consent). */
export interface ReportedRecordsDto {
  decisions: { id: string; slug: string; number: string; signedAt: Date; issuingAuthority: string; revoked: boolean; awardCount: number }[];
  campaigns: { id: string; slug: string; name: string }[];
  units: { id: string; slug: string; name: string }[];
  collectives: { id: string; slug: string; name: string; unitName: string }[];
  individuals: { id: string; slug: string; fullName: string; position: string | null; unitName: string }[];
}

export type ArticleLookup = { kind: 'found'; article: ArticleDto } | { kind: 'moved'; slug: string } | { kind: 'withdrawn'; slug: string } | { kind: 'missing' };

/**
 * A published story by slug, or where it moved (renamed slugs redirect), or that it was
 * withdrawn (its notice answers 410), or nothing.
 * One query: the article with its section, tags, cover, body images and the registry
 * records it reports (Prisma joins the relations in SQL). Tagged with the registry too,
 * since a revoked decision or a withdrawn consent changes what the story lists.
 */
export async function getPublishedArticle(slug: string): Promise<ArticleLookup> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.articles, tags.registry, tags.articleSlug(slug));
  const now = new Date();
  const bySlug = { OR: [{ slug }, { oldSlugs: { some: { slug } } }] };
  const row = await reader().article.findFirst({ where: { ...publishedWhere(now), ...bySlug }, select: articleSelect });
  if (!row) {
    // A story withdrawn for an error sends its readers to its notice (410): a second query,
    // only for addresses no published story answers.
    const withdrawn = await reader().article.findFirst({ where: { status: 'WITHDRAWN', ...bySlug }, select: { slug: true } });
    return withdrawn ? { kind: 'withdrawn', slug: withdrawn.slug } : { kind: 'missing' };
  }
  if (row.slug !== slug) return { kind: 'moved', slug: row.slug };
  cacheTag(tags.article(row.id));
  return { kind: 'found', article: toArticleDto(row) };
}

const articleSelect = {
  ...cardSelect,
  categoryId: true,
  body: true,
  coverCaption: true,
  byline: true,
  updatedAt: true,
  seoTitle: true,
  seoDescription: true,
  author: { select: { name: true, slug: true } },
  category: { select: { slug: true, name: true, parent: { select: { slug: true, name: true } } } },
  tags: { select: { tag: { select: { slug: true, name: true } } } },
  bodyMedia: { select: { media: { select: { id: true, key: true, width: true, height: true, alt: true, caption: true, credit: true } } } },
  decisions: {
    select: {
      decision: { select: { id: true, slug: true, number: true, signedAt: true, issuingAuthority: true, status: true, _count: { select: { awards: true } } } },
    },
  },
  campaigns: { select: { campaign: { select: { id: true, slug: true, name: true } } } },
  corrections: { where: { kind: 'CORRECTION' }, orderBy: { publishedAt: 'asc' }, select: { id: true, apology: true, wrongText: true, rightText: true, position: true, publishedAt: true } },
  units: { select: { unit: { select: { id: true, slug: true, name: true } } } },
  liveStartedAt: true,
  liveEndedAt: true,
  liveSummary: true,
  liveEntries: { where: { removedAt: null }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: LIVE_ENTRY_LIMIT, select: liveEntrySelect },
  collectives: { select: { collective: { select: { id: true, slug: true, name: true, unit: { select: { name: true } } } } } },
  individuals: {
    // People who did not consent to publication are never listed.
    where: { individual: { publicationConsent: true } },
    select: { individual: { select: { id: true, slug: true, fullName: true, position: true, unit: { select: { name: true } } } } },
  },
} satisfies Prisma.ArticleSelect;

type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

function toRecords(row: ArticleRow): ReportedRecordsDto {
  return {
    decisions: row.decisions
      .map(({ decision: { status, _count, ...d } }) => ({ ...d, revoked: status === 'REVOKED', awardCount: _count.awards }))
      .sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime()),
    campaigns: row.campaigns.map((c) => c.campaign),
    units: row.units.map((u) => u.unit),
    collectives: row.collectives.map(({ collective: { unit, ...c } }) => ({ ...c, unitName: unit.name })),
    individuals: row.individuals.map(({ individual: { unit, ...i } }) => ({ ...i, unitName: unit.name })),
  };
}

function toArticleDto(row: ArticleRow): ArticleDto {
  // The body's images, from article_media (a trigger keeps it in step with the body).
  const media = row.bodyMedia.map((m) => m.media);
  const blocks = readBlocks(row.body);
  return {
    ...toCard(row),
    // A draft has no publication time yet; the preview shows the moment it is viewed.
    publishedAt: row.publishedAt ?? new Date(),
    categoryId: row.categoryId,
    blocks,
    awardFactDecisionIds: awardFactDecisionIds(blocks),
    coverCaption: row.coverCaption,
    byline: row.byline ?? row.author.name,
    authorHref: row.byline === null || row.byline === row.author.name ? authorPath(row.author.slug) : null,
    updatedAt: row.updatedAt,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    category: row.category,
    tags: row.tags.map((t) => t.tag),
    media: Object.fromEntries(media.map((m) => [m.id, { src: `/media/${m.key}`, width: m.width, height: m.height, alt: m.alt, caption: m.caption, credit: m.credit }])),
    records: toRecords(row),
    corrections: row.corrections.map((c) => ({ ...c, wrongText: c.wrongText ?? '' })),
    modifiedAt: new Date(Math.max(row.updatedAt.getTime(), ...row.corrections.map((c) => c.publishedAt.getTime()), ...row.liveEntries.slice(0, 1).map((e) => e.createdAt.getTime()))),
    live: row.liveStartedAt ? { startedAt: row.liveStartedAt, endedAt: row.liveEndedAt, summary: row.liveSummary, entries: row.liveEntries } : null,
  };
}

/**
 * Any story, whatever its status, for the newsroom's preview (never cached; the caller
 * checks that the viewer may see it).
 */
export async function getArticleForPreview(id: string): Promise<(ArticleDto & { status: string; authorId: string }) | null> {
  // From the primary: the draft an editor has just saved.
  const row = await db.article.findUnique({ where: { id }, select: { ...articleSelect, status: true, authorId: true } });
  if (!row) return null;
  return { ...toArticleDto(row), status: row.status, authorId: row.authorId };
}

/** Slugs to prerender at build: the newest stories (the rest render on first visit). */
export async function listRecentArticleSlugs(limit = 30): Promise<string[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.articles);
  const rows = await reader().article.findMany({
    where: publishedWhere(new Date()),
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}
