// The site's identity, in one place for layouts, metadata and feeds.
import { getEnv } from '@/lib/platform/env';

export const site = {
  name: 'Bảng Vàng',
  tagline: 'Tin tức thi đua, khen thưởng',
  description:
    'Cổng tin tức và sổ vàng thi đua, khen thưởng: phong trào thi đua, gương điển hình và tra cứu tập thể, cá nhân được khen thưởng.',
  url: getEnv().SITE_URL,
  googleNewsUrl: getEnv().GOOGLE_NEWS_URL ?? 'https://news.google.com/search?q=%22B%E1%BA%A3ng%20V%C3%A0ng%22&hl=vi&gl=VN&ceid=VN:vi',
} as const;

/**
 * A section's public address. The E-magazine section is the magazine-style index at
 * /e-magazine (its /chuyen-muc/ address redirects there, next.config.ts): one canonical
 * URL each, whichever link leads to it.
 */
export const EMAGAZINE_SLUG = 'e-magazine';
export function categoryPath(slug: string): string {
  return slug === EMAGAZINE_SLUG ? '/e-magazine' : `/chuyen-muc/${slug}`;
}

/** A paginated list's address: page 1 is the list itself, page n is …/trang/n. */
export function listingPageHref(base: string, page: number): string {
  return page <= 1 ? base : `${base}/trang/${page}`;
}

export const categoryPageHref = (slug: string, page: number) => listingPageHref(`/chuyen-muc/${slug}`, page);
export const tagPageHref = (slug: string, page: number) => listingPageHref(`/the/${slug}`, page);
export const authorPageHref = (slug: string, page: number) => listingPageHref(`/tac-gia/${slug}`, page);

/** Page numbers in paths (/…/trang/2) keep every page a cacheable URL. */
export function parsePageParam(raw: string): number | null {
  return /^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : null;
}
