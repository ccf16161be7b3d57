import type { NextRequest } from 'next/server';
import { listDecisions } from '@/lib/registry/data/decisions';
import { absoluteUrl } from '@/lib/newsroom/seo';
import { apiJson, isoDay, pageLinks, pagePastTheEnd } from '@/lib/registry/api';
import { registryPaths } from '@/lib/registry/labels';
import { parseAwardFilters } from '@/lib/registry/schemas/filters';

export async function GET(request: NextRequest) {
  const { page } = parseAwardFilters({ trang: request.nextUrl.searchParams.get('trang') ?? undefined });
  const list = await listDecisions(page);
  const past = pagePastTheEnd(request, list.page, list.pageCount);
  if (past) return past;
  return apiJson({
    data: list.decisions.map((d) => ({
      slug: d.slug,
      number: d.number,
      signedOn: isoDay(d.signedAt),
      issuingAuthority: d.issuingAuthority,
      category: d.category,
      summary: d.summary,
      status: d.revoked ? 'REVOKED' : 'IN_FORCE',
      awardCount: d.awardCount,
      url: absoluteUrl(registryPaths.decision(d.slug)),
      awards: absoluteUrl(`/api/v1/awards?quyet-dinh=${d.slug}`),
    })),
    meta: { page: list.page, pageSize: 30, total: list.total, pageCount: list.pageCount },
    links: pageLinks(request, list.page, list.pageCount),
  });
}
