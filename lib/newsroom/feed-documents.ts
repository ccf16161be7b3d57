// RSS 2.0 and sitemap documents, built from plain DTOs (lib/newsroom/data/feeds.ts).
import type { FeedItemDto } from '@/lib/newsroom/data/feeds';
import { absoluteUrl, articleUrl } from '@/lib/newsroom/seo';
import { site } from '@/lib/newsroom/site';
import { escapeXml } from '@/lib/common/xml';

/** One <item> of a channel; every value is escaped here. */
export interface RssItem {
  title: string;
  url: string;
  /** A permalink unless given (a correction's item has its own guid on the list). */
  guid?: { value: string; isPermaLink: boolean };
  pubDate: Date;
  creator?: string;
  category?: string;
  description: string;
  enclosure?: { url: string; size: number; mime: string } | null;
}

export function rssChannel(options: { title: string; description: string; path: string; selfPath: string; items: RssItem[] }): string {
  const items = options.items
    .map((item) => {
      const guid = item.guid ?? { value: item.url, isPermaLink: true };
      const enclosure = item.enclosure ? `\n      <enclosure url="${escapeXml(item.enclosure.url)}" length="${item.enclosure.size}" type="${escapeXml(item.enclosure.mime)}"/>` : '';
      return `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.url)}</link>
      <guid isPermaLink="${guid.isPermaLink}">${escapeXml(guid.value)}</guid>
      <pubDate>${item.pubDate.toUTCString()}</pubDate>${item.creator ? `\n      <dc:creator>${escapeXml(item.creator)}</dc:creator>` : ''}${item.category ? `\n      <category>${escapeXml(item.category)}</category>` : ''}
      <description>${escapeXml(item.description)}</description>${enclosure}
    </item>`;
    })
    .join('\n');
  const lastBuild = options.items[0]?.pubDate ?? new Date(0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(options.title)}</title>
    <link>${escapeXml(absoluteUrl(options.path))}</link>
    <atom:link href="${escapeXml(absoluteUrl(options.selfPath))}" rel="self" type="application/rss+xml"/>
    <description>${escapeXml(options.description)}</description>
    <language>vi-VN</language>
    <lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>
${items}
  </channel>
</rss>
`;
}

/** A feed of stories (the site's and each section's). */
export function rssDocument(options: { title: string; description: string; path: string; selfPath: string; items: FeedItemDto[] }): string {
  return rssChannel({
    ...options,
    items: options.items.map((item) => ({
      title: item.title,
      url: articleUrl(item.slug),
      pubDate: item.publishedAt,
      creator: item.byline,
      category: item.category,
      description: item.sapo,
      enclosure: item.cover ? { url: absoluteUrl(`/media/${item.cover.key}`), size: item.cover.size, mime: item.cover.mime } : null,
    })),
  });
}

export function urlsetDocument(entries: { loc: string; lastmod?: Date }[]): string {
  const urls = entries
    .map((e) => `  <url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod.toISOString()}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`;
}

export function newsSitemapDocument(entries: { slug: string; title: string; publishedAt: Date }[]): string {
  const urls = entries
    .map(
      (e) => `  <url>
    <loc>${escapeXml(articleUrl(e.slug))}</loc>
    <news:news>
      <news:publication><news:name>${escapeXml(site.name)}</news:name><news:language>vi</news:language></news:publication>
      <news:publication_date>${e.publishedAt.toISOString()}</news:publication_date>
      <news:title>${escapeXml(e.title)}</news:title>
    </news:news>
  </url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls}
</urlset>
`;
}

export function sitemapIndexDocument(paths: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${paths.map((p) => `  <sitemap><loc>${escapeXml(absoluteUrl(p))}</loc></sitemap>`).join('\n')}
</sitemapindex>
`;
}
