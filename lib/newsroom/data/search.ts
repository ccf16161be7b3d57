import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/platform/cache-tags';
import { reader } from '@/lib/db';
import { runArticleSearch, type SearchResultDto } from '@/lib/newsroom/data/article-search';
import { SEARCH_PAGE_SIZE, type SearchParams } from '@/lib/newsroom/schemas/search';

export type { SearchResultDto };

/** A reader's search, cached per query until a story changes (the SQL: lib/newsroom/data/article-search.ts). */
export async function searchArticles(params: SearchParams): Promise<SearchResultDto> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.articles);
  return runArticleSearch(reader(), params, SEARCH_PAGE_SIZE);
}

/** How many pages a search has, uncached (the proxy's 404 past the last page); null when the query has no searchable word. */
export async function countSearchPages(params: SearchParams): Promise<number | null> {
  const result = await runArticleSearch(reader(), params, SEARCH_PAGE_SIZE);
  return result.terms.length > 0 ? result.pageCount : null;
}
