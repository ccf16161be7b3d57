import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/platform/cache-tags';
import { reader } from '@/lib/db';
import { publishedWhere } from '@/lib/newsroom/data/articles';

export interface FeedItemDto {
  slug: string;
  title: string;
  sapo: string;
  publishedAt: Date;
  updatedAt: Date;
  category: string;
  byline: string;
  cover: { key: string; mime: string; size: number } | null;
}

export const FEED_SIZE = 50;
export const SITEMAP_CHUNK = 5_000;

/** The newest stories, site-wide or in one section (subsections included). */
export async function listFeedItems(categorySlug?: string): Promise<{ category: { slug: string; name: string } | null; items: FeedItemDto[] } | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.articles, tags.categories);
  let category: { id: string; slug: string; name: string; children: { id: string }[] } | null = null;
  if (categorySlug) {
    category = await reader().category.findUnique({ where: { slug: categorySlug }, select: { id: true, slug: true, name: true, children: { select: { id: true } } } });
    if (!category) return null;
  }
  const rows = await reader().article.findMany({
    where: { ...publishedWhere(new Date()), ...(category ? { categoryId: { in: [category.id, ...category.children.map((c) => c.id)] } } : {}) },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: FEED_SIZE,
    select: {
      slug: true,
      title: true,
      sapo: true,
      publishedAt: true,
      updatedAt: true,
      byline: true,
      author: { select: { name: true } },
      category: { select: { name: true } },
      cover: { select: { key: true, mime: true, size: true } },
    },
  });
  return {
    category: category ? { slug: category.slug, name: category.name } : null,
    items: rows.map((r) => ({
      slug: r.slug,
      title: r.title,
      sapo: r.sapo,
      publishedAt: r.publishedAt!,
      updatedAt: r.updatedAt,
      category: r.category.name,
      byline: r.byline ?? r.author.name,
      cover: r.cover,
    })),
  };
}

/** How many article sitemap files there are (SITEMAP_CHUNK stories each). */
export async function countArticleSitemaps(): Promise<number> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.sitemap, tags.articles);
  const total = await reader().article.count({ where: publishedWhere(new Date()) });
  return Math.max(1, Math.ceil(total / SITEMAP_CHUNK));
}

/** One article sitemap file, oldest first so earlier files stay stable as stories are added. */
export async function listSitemapArticles(chunk: number): Promise<{ slug: string; updatedAt: Date }[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.sitemap, tags.articles);
  return reader().article.findMany({
    where: publishedWhere(new Date()),
    orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
    skip: chunk * SITEMAP_CHUNK,
    take: SITEMAP_CHUNK,
    select: { slug: true, updatedAt: true },
  });
}

/** Stories of the last 48 hours, for the Google News sitemap. */
export async function listNewsSitemapArticles(now: Date): Promise<{ slug: string; title: string; publishedAt: Date }[]> {
  const since = new Date(now.getTime() - 48 * 3_600_000);
  const rows = await reader().article.findMany({
    where: { status: 'PUBLISHED', publishedAt: { gte: since, lte: now } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: 1_000,
    select: { slug: true, title: true, publishedAt: true },
  });
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt! }));
}

/** Sections and tags, for the pages sitemap. */
export async function listSitemapSectionsAndTags(): Promise<{ categories: string[]; tags: string[] }> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.sitemap, tags.categories);
  const [categories, tagRows] = await Promise.all([
    reader().category.findMany({ select: { slug: true }, orderBy: { position: 'asc' } }),
    reader().tag.findMany({ where: { articles: { some: {} } }, select: { slug: true }, orderBy: { slug: 'asc' } }),
  ]);
  return { categories: categories.map((c) => c.slug), tags: tagRows.map((t) => t.slug) };
}

export const REGISTRY_SITEMAP_MAX = 50_000;

/**
 * Registry pages for the sitemap: campaigns, decisions, the catalogue, units and
 * collectives (one query). People's pages are reachable from the registry but not pushed
 * to search engines.
 */
export async function listRegistrySitemapPaths(): Promise<string[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.sitemap, tags.registry);
  const rows = await reader().$queryRaw<{ path: string }[]>`
    SELECT '/vinh-danh/phong-trao/' || slug AS path FROM campaigns
    UNION ALL SELECT '/vinh-danh/quyet-dinh/' || slug FROM decisions
    UNION ALL SELECT '/vinh-danh/danh-hieu/' || slug FROM commendation_types
    UNION ALL SELECT '/vinh-danh/don-vi/' || slug FROM units
    UNION ALL SELECT '/vinh-danh/tap-the/' || slug FROM collectives
    LIMIT ${REGISTRY_SITEMAP_MAX}`;
  return rows.map((r) => r.path);
}
