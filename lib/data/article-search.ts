// The reader search's two queries, without the cache around them (lib/data/search.ts), so
// the benchmark can time exactly what a first search costs (npm run bench -- --search-rows).
import { cardSelect, toCard, type ArticleCardDto } from '@/lib/data/cards';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { searchTerms, type SearchParams } from '@/lib/validations/search';

/**
 * Only the newest matches are ranked: at most this many (plus one, to know there are more).
 * Ranking every match of a common word over a million stories would read every one of
 * them; the newest thousand of a common word are read from the publication-date index,
 * which stops early, and PostgreSQL takes the full-text index for rare words. (A word of
 * middling frequency within one section still reads far: npm run bench -- --search-rows.)
 */
export const SEARCH_CANDIDATES = 1_000;

export interface SearchResultDto {
  terms: string[];
  articles: ArticleCardDto[];
  /** Matches counted, up to the candidates ranked; `more` says there were others beyond. */
  total: number;
  more: boolean;
  page: number;
  pageCount: number;
}

/**
 * Accent-insensitive full-text search over titles, sapo and body, ranked (title words
 * weigh most) among the newest matches, with optional section (subsections included) and
 * date filters. The query text reaches PostgreSQL only as a bound parameter, rebuilt from
 * letters and digits, so operators or quotes cannot break it. Two queries: ranked ids
 * with the count, then the cards.
 */
export async function runArticleSearch(
  db: Db,
  params: SearchParams,
  pageSize: number,
  { now = new Date(), candidates = SEARCH_CANDIDATES }: { now?: Date; candidates?: number } = {},
): Promise<SearchResultDto> {
  const terms = searchTerms(params.q);
  if (terms.length === 0) return { terms, articles: [], total: 0, more: false, page: 1, pageCount: 0 };

  const tsquery = terms.join(' & ');
  const filters: Prisma.Sql[] = [Prisma.sql`a.status = 'PUBLISHED'`, Prisma.sql`a.published_at <= ${now}`, Prisma.sql`a.search_vector @@ to_tsquery('simple', ${tsquery})`];
  if (params.category) {
    filters.push(Prisma.sql`a.category_id IN (SELECT id FROM categories WHERE slug = ${params.category} OR parent_id = (SELECT id FROM categories WHERE slug = ${params.category}))`);
  }
  // Dates are calendar days in Vietnam (UTC+7).
  if (params.from) filters.push(Prisma.sql`a.published_at >= (${params.from}::date - interval '7 hours')`);
  if (params.to) filters.push(Prisma.sql`a.published_at < (${params.to}::date + interval '17 hours')`);

  const rows = await db.$queryRaw<{ id: string; total: bigint }[]>`
    WITH matches AS MATERIALIZED (
      SELECT a.id, a.published_at, a.search_vector
      FROM articles a
      WHERE ${Prisma.join(filters, ' AND ')}
      ORDER BY a.published_at DESC, a.id DESC
      LIMIT ${candidates + 1}
    ), numbered AS (
      -- Numbered here, not in the scan above: a window there would read every match first.
      SELECT m.*, row_number() OVER (ORDER BY m.published_at DESC, m.id DESC) AS n, count(*) OVER () AS total FROM matches m
    )
    SELECT id, total
    FROM numbered
    WHERE n <= ${candidates}
    ORDER BY ts_rank_cd(search_vector, to_tsquery('simple', ${tsquery})) DESC, published_at DESC, id DESC
    LIMIT ${pageSize} OFFSET ${(params.page - 1) * pageSize}`;
  const counted = rows.length > 0 ? Number(rows[0]!.total) : 0;
  const more = counted > candidates;
  const total = Math.min(counted, candidates);
  const cards = rows.length ? await db.article.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: cardSelect }) : [];
  const byId = new Map(cards.map((c) => [c.id, toCard(c)]));
  return {
    terms,
    articles: rows.map((r) => byId.get(r.id)).filter((c): c is ArticleCardDto => c !== undefined),
    total,
    more,
    page: params.page,
    pageCount: Math.ceil(total / pageSize),
  };
}
