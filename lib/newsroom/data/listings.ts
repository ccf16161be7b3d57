import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/platform/cache-tags';
import { reader } from '@/lib/db';
import { cardSelect, publishedWhere, toCard, type ArticleCardDto } from '@/lib/newsroom/data/articles';
import { EMAGAZINE_SLUG } from '@/lib/newsroom/site';

// Paginated lists of stories: sections, tags and the E-magazine index.

export const CATEGORY_PAGE_SIZE = 12;

export interface CategoryPageDto {
  category: { id: string; slug: string; name: string; description: string | null; parent: { slug: string; name: string } | null };
  subcategories: { slug: string; name: string }[];
  articles: ArticleCardDto[];
  /** The section's most-read stories (beside every page of it). */
  mostRead: ArticleCardDto[];
  page: number;
  pageCount: number;
  total: number;
}

/** One page of a section's stories, subsections included, newest first (ties by id). */
export async function getCategoryPage(slug: string, page: number): Promise<CategoryPageDto | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.articles, tags.categories, tags.category(slug));
  const category = await reader().category.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      parent: { select: { slug: true, name: true } },
      children: { orderBy: { position: 'asc' }, select: { id: true, slug: true, name: true } },
    },
  });
  if (!category) return null;
  const where = { ...publishedWhere(new Date()), categoryId: { in: [category.id, ...category.children.map((c) => c.id)] } };
  const [total, rows, mostRead] = await Promise.all([
    reader().article.count({ where }),
    reader().article.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * CATEGORY_PAGE_SIZE,
      take: CATEGORY_PAGE_SIZE,
      select: cardSelect,
    }),
    reader().article.findMany({ where, orderBy: [{ viewCount: 'desc' }, { publishedAt: 'desc' }, { id: 'desc' }], take: 5, select: cardSelect }),
  ]);
  const { children, ...rest } = category;
  return {
    category: rest,
    subcategories: children.map(({ slug: s, name }) => ({ slug: s, name })),
    articles: rows.map(toCard),
    mostRead: mostRead.map(toCard),
    page,
    pageCount: Math.max(1, Math.ceil(total / CATEGORY_PAGE_SIZE)),
    total,
  };
}

/** Category slugs to prerender at build. */
export async function listCategorySlugs(): Promise<string[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.categories);
  return (await reader().category.findMany({ select: { slug: true } })).map((c) => c.slug);
}

export interface TagPageDto {
  tag: { slug: string; name: string };
  articles: ArticleCardDto[];
  page: number;
  pageCount: number;
  total: number;
}

/** One page of the stories carrying a tag, newest first. */
export async function getTagPage(slug: string, page: number): Promise<TagPageDto | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.articles, tags.tag(slug));
  const tag = await reader().tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!tag) return null;
  const where = { ...publishedWhere(new Date()), tags: { some: { tagId: tag.id } } };
  const [total, rows] = await Promise.all([
    reader().article.count({ where }),
    reader().article.findMany({ where, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], skip: (page - 1) * CATEGORY_PAGE_SIZE, take: CATEGORY_PAGE_SIZE, select: cardSelect }),
  ]);
  return { tag: { slug: tag.slug, name: tag.name }, articles: rows.map(toCard), page, pageCount: Math.max(1, Math.ceil(total / CATEGORY_PAGE_SIZE)), total };
}

/** Tag slugs to prerender at build: the most used. */
export async function listTagSlugs(limit = 50): Promise<string[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.articles);
  const rows = await reader().tag.findMany({ orderBy: { articles: { _count: 'desc' } }, take: limit, select: { slug: true } });
  return rows.map((r) => r.slug);
}

/**
 * The E-magazine index, newest first: long-form (e-magazine layout) stories and every story
 * of the E-magazine section, whose own address redirects here.
 */
export async function listEmagazineArticles(limit = 24): Promise<ArticleCardDto[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.articles);
  const rows = await reader().article.findMany({
    where: { ...publishedWhere(new Date()), OR: [{ layout: 'EMAGAZINE' }, { category: { slug: EMAGAZINE_SLUG } }] },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: cardSelect,
  });
  return rows.map(toCard);
}
