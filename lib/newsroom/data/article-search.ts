// The reader search's two queries, without the cache around them (lib/newsroom/data/search.ts), so
// the benchmark can time exactly what a first search costs (npm run bench -- --search-rows).
import { cardSelect, toCard, type ArticleCardDto } from '@/lib/newsroom/data/cards';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { bodyPlainText, type ArticleBody } from '@/lib/newsroom/schemas/article-body';
import { containsTerm, matchExcerpt, searchTerms, type SearchParams } from '@/lib/newsroom/schemas/search';

/**
 * Only the newest matches are ranked: at most this many (plus one, to know there are more).
 * Ranking every match of a common word over a million stories would read every one of them.
 */
export const SEARCH_CANDIDATES = 1_000;

/** The first window: this month and the last. */
const FIRST_WINDOW_MONTHS = 2;
/** A second window is tried only if the first suggests this few months hold enough matches. */
const MAX_SECOND_WINDOW_MONTHS = 48;

export interface SearchResultDto {
  terms: string[];
  articles: ArticleCardDto[];
  /** For a hit whose sapo has none of the words: the passage of its text that has them. */
  excerpts: Record<string, string>;
  /** Matches counted, up to the candidates ranked; `more` says there were others beyond. */
  total: number;
  more: boolean;
  page: number;
  pageCount: number;
}

/**
 * Accent-insensitive full-text search over titles, sapo and body, among the newest matches
 * ranked: the words in the title first, then in the sapo, then newest first (a match in
 * the body alone ranks by date), with optional section (subsections included) and date
 * filters. The query text reaches PostgreSQL only as a bound parameter, rebuilt from
 * letters and digits, so operators or quotes cannot break it.
 *
 * The newest matches are found window by window in the search index, which holds each
 * story's words, month and section (migration 20261126060000_search_windows): first the
 * last two months; if they hold too few matches, as many months as that density suggests
 * should; else the whole archive, where the matches are then few enough to read them all.
 * Each window reads only its own matches, so neither a common word (found in the first
 * window) nor a rare one (few matches anywhere) reads far. One to three ranked queries,
 * then the cards.
 */
export async function runArticleSearch(
  db: Db,
  params: SearchParams,
  pageSize: number,
  {
    now = new Date(),
    candidates = SEARCH_CANDIDATES,
    rankBy = 'head',
  }: {
    now?: Date;
    candidates?: number;
    /** What the candidates are ranked by: title and sapo ('head'), or every word with the body ('all': the benchmark's baseline, how it was ranked before). */
    rankBy?: 'head' | 'all';
  } = {},
): Promise<SearchResultDto> {
  const terms = searchTerms(params.q);
  if (terms.length === 0) return { terms, articles: [], excerpts: {}, total: 0, more: false, page: 1, pageCount: 0 };

  const tsquery = terms.join(' & ');
  const filters: Prisma.Sql[] = [Prisma.sql`a.status = 'PUBLISHED'`, Prisma.sql`a.published_at <= ${now}`, Prisma.sql`a.search_vector @@ to_tsquery('simple', ${tsquery})`];
  if (params.category) {
    // As an array (computed once per query), so the search index can take the section too.
    filters.push(
      Prisma.sql`a.category_id = ANY(ARRAY(SELECT id FROM categories WHERE slug = ${params.category} OR parent_id = (SELECT id FROM categories WHERE slug = ${params.category})))`,
    );
  }
  // Dates are calendar days in Vietnam (UTC+7).
  if (params.from) filters.push(Prisma.sql`a.published_at >= (${params.from}::date - interval '7 hours')`);
  if (params.to) filters.push(Prisma.sql`a.published_at < (${params.to}::date + interval '17 hours')`);

  // Months as the index stores them (bv_month: UTC year * 12 + month - 1), counted back
  // from the newest a match can have.
  const last = params.to && new Date(`${params.to}T17:00:00Z`) < now ? new Date(`${params.to}T17:00:00Z`) : now;
  const newestMonth = last.getUTCFullYear() * 12 + last.getUTCMonth();
  const months = (n: number) => Array.from({ length: n }, (_, i) => newestMonth - i);

  const rankVector = rankBy === 'all' ? Prisma.sql`a.search_vector` : Prisma.sql`a.head_vector`;
  const ranked = (window: number[] | null) => db.$queryRaw<{ id: string; total: bigint }[]>`
    WITH matches AS MATERIALIZED (
      -- Every match in the window, through the search index; nothing is ranked yet.
      SELECT a.id, a.published_at
      FROM articles a
      WHERE ${Prisma.join(filters, ' AND ')}${window ? Prisma.sql` AND bv_month(a.published_at) = ANY(${window}::int[])` : Prisma.empty}
    ), newest AS (
      SELECT m.id, m.published_at, count(*) OVER () AS total FROM matches m
      ORDER BY m.published_at DESC, m.id DESC
      LIMIT ${candidates}
    )
    -- Ranked by title and sapo (a small vector kept in the row: the body's words, stored
    -- compressed out of the row, are never unpacked), then newest first.
    SELECT n.id, n.total
    FROM newest n JOIN articles a ON a.id = n.id
    ORDER BY ts_rank_cd(${rankVector}, to_tsquery('simple', ${tsquery})) DESC, n.published_at DESC, n.id DESC
    LIMIT ${pageSize} OFFSET ${(params.page - 1) * pageSize}`;
  const countOf = (rows: { total: bigint }[]) => (rows.length > 0 ? Number(rows[0]!.total) : 0);

  // A window that holds more than `candidates` matches holds the newest ones. (A page past
  // the results returns no rows, and so no count: such a window is read again whole.)
  let rows = await ranked(months(FIRST_WINDOW_MONTHS));
  let counted = countOf(rows);
  if (counted <= candidates) {
    const wanted = counted > 0 ? Math.ceil((FIRST_WINDOW_MONTHS * 1.5 * (candidates + 1)) / counted) : Infinity;
    if (wanted <= MAX_SECOND_WINDOW_MONTHS) {
      rows = await ranked(months(wanted));
      counted = countOf(rows);
    }
    if (counted <= candidates) {
      rows = await ranked(null);
      counted = countOf(rows);
    }
  }
  const more = counted > candidates;
  const total = Math.min(counted, candidates);
  const cards = rows.length ? await db.article.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: cardSelect }) : [];
  const byId = new Map(cards.map((c) => [c.id, toCard(c)]));
  // A hit found by words of its body alone shows the passage that has them, not its sapo.
  const withoutLeadMatch = cards.filter((c) => !containsTerm(c.sapo, terms)).map((c) => c.id);
  const excerpts: Record<string, string> = {};
  if (withoutLeadMatch.length > 0) {
    for (const { id, body } of await db.article.findMany({ where: { id: { in: withoutLeadMatch } }, select: { id: true, body: true } })) {
      const excerpt = matchExcerpt(bodyPlainText(body as ArticleBody), terms);
      if (excerpt) excerpts[id] = excerpt;
    }
  }
  return {
    terms,
    articles: rows.map((r) => byId.get(r.id)).filter((c): c is ArticleCardDto => c !== undefined),
    excerpts,
    total,
    more,
    page: params.page,
    pageCount: Math.ceil(total / pageSize),
  };
}
