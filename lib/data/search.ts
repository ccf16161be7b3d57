import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import { cardSelect, toCard, type ArticleCardDto } from '@/lib/data/articles';
import { Prisma } from '@/lib/generated/prisma/client';
import { searchTerms, type SearchParams } from '@/lib/validations/search';

export const SEARCH_PAGE_SIZE = 10;

export interface SearchResultDto {
  terms: string[];
  articles: ArticleCardDto[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * Accent-insensitive full-text search over titles, sapo and body, ranked (title words
 * weigh most), with optional section (subsections included) and date filters. The query
 * text reaches PostgreSQL only as a bound parameter, rebuilt from letters and digits, so
 * operators or quotes cannot break it. Two queries: ranked ids with the total, then cards.
 */
export async function searchArticles(params: SearchParams): Promise<SearchResultDto> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.articles);
  const terms = searchTerms(params.q);
  if (terms.length === 0) return { terms, articles: [], total: 0, page: 1, pageCount: 0 };

  const tsquery = terms.join(' & ');
  const now = new Date();
  const filters: Prisma.Sql[] = [Prisma.sql`a.status = 'PUBLISHED'`, Prisma.sql`a.published_at <= ${now}`, Prisma.sql`a.search_vector @@ q.query`];
  if (params.category) {
    filters.push(Prisma.sql`a.category_id IN (SELECT id FROM categories WHERE slug = ${params.category} OR parent_id = (SELECT id FROM categories WHERE slug = ${params.category}))`);
  }
  // Dates are calendar days in Vietnam (UTC+7).
  if (params.from) filters.push(Prisma.sql`a.published_at >= (${params.from}::date - interval '7 hours')`);
  if (params.to) filters.push(Prisma.sql`a.published_at < (${params.to}::date + interval '17 hours')`);

  const rows = await db.$queryRaw<{ id: string; total: bigint }[]>`
    SELECT a.id, count(*) OVER () AS total
    FROM articles a, to_tsquery('simple', ${tsquery}) AS q(query)
    WHERE ${Prisma.join(filters, ' AND ')}
    ORDER BY ts_rank_cd(a.search_vector, q.query) DESC, a.published_at DESC, a.id DESC
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(params.page - 1) * SEARCH_PAGE_SIZE}`;
  const total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  const cards = rows.length ? await db.article.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: cardSelect }) : [];
  const byId = new Map(cards.map((c) => [c.id, toCard(c)]));
  return {
    terms,
    articles: rows.map((r) => byId.get(r.id)).filter((c): c is ArticleCardDto => c !== undefined),
    total,
    page: params.page,
    pageCount: Math.ceil(total / SEARCH_PAGE_SIZE),
  };
}
