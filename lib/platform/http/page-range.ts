// Whether a search page's `trang` is past its last page (the proxy answers those 404).
// The search pages stream their results after a static shell, and a response that has
// begun cannot change its status; so the count is asked for here, before rendering, for
// requests that name a page beyond the first only.
import 'server-only';
import { countAwards } from '@/lib/registry/data/awards';
import { countSearchPages } from '@/lib/newsroom/data/search';
import { AWARD_MAX_PAGE, AWARD_PAGE_SIZE, parseAwardFilters } from '@/lib/registry/schemas/filters';
import { parseSearchParams, SEARCH_MAX_PAGE } from '@/lib/newsroom/schemas/search';

export const PAGED_SEARCHES = ['/tim-kiem', '/vinh-danh/tra-cuu'] as const;

export async function searchPagePastTheEnd(pathname: string, searchParams: URLSearchParams): Promise<boolean> {
  const raw = Object.fromEntries(searchParams);
  if (pathname === '/tim-kiem') {
    const params = parseSearchParams(raw);
    if (params.page <= 1) return false;
    if (params.page > SEARCH_MAX_PAGE) return true;
    const pages = await countSearchPages(params);
    return pages !== null && params.page > pages;
  }
  if (pathname === '/vinh-danh/tra-cuu') {
    const filters = parseAwardFilters(raw);
    if (filters.page <= 1) return false;
    if (filters.page > AWARD_MAX_PAGE) return true;
    return filters.page > Math.ceil((await countAwards(filters)) / AWARD_PAGE_SIZE);
  }
  return false;
}
