import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '@/lib/db';
import { tags } from '@/lib/cache-tags';
import { Prisma } from '@/lib/generated/prisma/client';

export interface ArticleCardDto {
  id: string;
  slug: string;
  title: string;
  sapo: string;
  publishedAt: Date;
  layout: 'STANDARD' | 'EMAGAZINE';
  category: { slug: string; name: string };
  cover: { src: string; width: number; height: number; alt: string } | null;
}

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  sapo: true,
  publishedAt: true,
  layout: true,
  category: { select: { slug: true, name: true } },
  cover: { select: { key: true, width: true, height: true, alt: true } },
} satisfies Prisma.ArticleSelect;

type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

function toCard(row: CardRow): ArticleCardDto {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    sapo: row.sapo,
    // Only published rows are selected, and those always have a time (CHECK constraint).
    publishedAt: row.publishedAt!,
    layout: row.layout,
    category: row.category,
    cover: row.cover ? { src: `/media/${row.cover.key}`, width: row.cover.width, height: row.cover.height, alt: row.cover.alt } : null,
  };
}

/** What a reader may see: published, and not in the future. */
export function publishedWhere(now: Date): Prisma.ArticleWhereInput {
  return { status: 'PUBLISHED', publishedAt: { lte: now } };
}

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
    db.article.findMany({
      where: publishedWhere(now),
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: 24,
      select: { ...cardSelect, featured: true },
    }),
    db.article.findMany({
      where: { ...publishedWhere(now), layout: 'STANDARD' },
      orderBy: [{ viewCount: 'desc' }, { id: 'desc' }],
      take: 5,
      select: cardSelect,
    }),
    db.category.findMany({
      where: { parentId: null, inMenu: true },
      orderBy: { position: 'asc' },
      select: { id: true, slug: true, name: true },
    }),
  ]);

  const perSection = await db.$queryRaw<{ id: string; root_id: string }[]>`
    SELECT id, root_id FROM (
      SELECT a.id, coalesce(c.parent_id, c.id) AS root_id,
             row_number() OVER (PARTITION BY coalesce(c.parent_id, c.id) ORDER BY a.published_at DESC, a.id DESC) AS n
      FROM articles a JOIN categories c ON c.id = a.category_id
      WHERE a.status = 'PUBLISHED' AND a.published_at <= ${now}
    ) ranked
    WHERE n <= 4`;
  const sectionRows = await db.article.findMany({ where: { id: { in: perSection.map((r) => r.id) } }, select: cardSelect });
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
