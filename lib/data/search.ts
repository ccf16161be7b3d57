import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/cache-tags';
import { reader } from '@/lib/db';
import { runArticleSearch, type SearchResultDto } from '@/lib/data/article-search';
import { SEARCH_PAGE_SIZE, type SearchParams } from '@/lib/validations/search';

export type { SearchResultDto };

/** A reader's search, cached per query until a story changes (the SQL: lib/data/article-search.ts). */
export async function searchArticles(params: SearchParams): Promise<SearchResultDto> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.articles);
  return runArticleSearch(reader(), params, SEARCH_PAGE_SIZE);
}
