import type { NextRequest } from 'next/server';
import { getAwardPage } from '@/lib/registry/data/awards';
import { apiJson, awardJson, pageLinks, pagePastTheEnd, pageSizeParam } from '@/lib/registry/api';
import { AWARD_PAGE_SIZE, parseAwardFilters } from '@/lib/registry/schemas/filters';

// Awards with the filters of /vinh-danh/tra-cuu: in-force decisions only (unless one
// decision is asked for), people without publication consent left out.
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const filters = parseAwardFilters(Object.fromEntries(params));
  const pageSize = pageSizeParam(params.get('so-dong'), AWARD_PAGE_SIZE);
  const page = await getAwardPage(filters, pageSize);
  const past = pagePastTheEnd(request, page.page, page.pageCount);
  if (past) return past;
  return apiJson({
    data: page.rows.map(awardJson),
    meta: { page: page.page, pageSize, total: page.total, pageCount: page.pageCount },
    links: pageLinks(request, page.page, page.pageCount),
  });
}
