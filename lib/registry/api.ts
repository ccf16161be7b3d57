// The read-only open-data API (/api/v1): JSON shapes and the response helper. Field names
// are English; filter parameters are the same words as the registry's page URLs, so a
// reader's filtered page becomes an API call by changing the path (README, "Open data").
import type { AwardRowDto } from '@/lib/registry/data/awards';
import { absoluteUrl } from '@/lib/newsroom/seo';
import { recipientPath, registryPaths } from '@/lib/registry/labels';

export const API_MAX_PAGE_SIZE = 200;

/** A calendar day (decisions are dated, not timed). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function awardJson(row: AwardRowDto) {
  return {
    id: row.id,
    year: row.year,
    achievement: row.achievement,
    streakNote: row.streakNote,
    recipient: {
      kind: row.recipient.kind,
      name: row.recipient.name,
      position: row.recipient.position,
      unit: row.recipient.unitSlug ? { name: row.recipient.unitName, url: absoluteUrl(registryPaths.unit(row.recipient.unitSlug)) } : null,
      url: absoluteUrl(recipientPath(row.recipient.kind, row.recipient.slug)),
    },
    commendationType: { slug: row.type.slug, name: row.type.name, level: row.type.level, issuingSystem: row.type.issuingSystem },
    decision: {
      number: row.decision.number,
      signedOn: isoDay(row.decision.signedAt),
      issuingAuthority: row.decision.issuingAuthority,
      status: row.decision.revoked ? 'REVOKED' : 'IN_FORCE',
      url: absoluteUrl(registryPaths.decision(row.decision.slug)),
    },
  };
}

/** Page links that keep the caller's other parameters. */
export function pageLinks(request: Request, page: number, pageCount: number) {
  const link = (n: number) => {
    const url = new URL(request.url);
    url.searchParams.set('trang', String(n));
    return absoluteUrl(`${url.pathname}${url.search}`);
  };
  return { self: link(page), next: page < pageCount ? link(page + 1) : null, prev: page > 1 ? link(page - 1) : null };
}

export function apiJson(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, {
    ...init,
    headers: {
      // Open data: any site may read it; nothing here is private or writable.
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'public, max-age=60',
      ...init.headers,
    },
  });
}

export function pageSizeParam(raw: string | null, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, API_MAX_PAGE_SIZE) : fallback;
}

/**
 * A page past the last one (page 1 of an empty list excepted) is a 404, as the site's
 * listings answer: a program paging on learns it has reached the end, instead of being
 * handed page 1 again or an empty page that looks like data.
 */
export function pagePastTheEnd(request: Request, page: number, pageCount: number): Response | null {
  if (page <= 1 || page <= pageCount) return null;
  return apiJson(
    { error: { status: 404, code: 'page_not_found', message: `Không có trang ${page}: danh sách có ${pageCount} trang.`, last: pageCount > 0 ? pageLinks(request, pageCount, pageCount).self : null } },
    { status: 404 },
  );
}
