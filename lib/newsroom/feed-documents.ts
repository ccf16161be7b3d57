// RSS 2.0 and sitemap documents, built from plain DTOs (lib/newsroom/data/feeds.ts).
import type { FeedItemDto } from '@/lib/newsroom/data/feeds';
import { absoluteUrl, articleUrl } from '@/lib/newsroom/seo';
import { site } from '@/lib/newsroom/site';
import { escapeXml } from '@/lib/common/xml';

export function rssDocument(options: { title: string; description: string; path: string; selfPath: string; items: FeedItemDto[] }): string {
  const items = options.items
    .map((item) => {
      const url = articleUrl(item.slug);
      const enclosure = item.cover
        ? `\n      <enclosure url="${escapeXml(absoluteUrl(`/media/${item.cover.key}`))}" length="${item.cover.size}" type="${escapeXml(item.cover.mime)}"/>`
        : '';
      return `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(url)}</link>
      <guid isPermaLink="true">${escapeXml(url)}</guid>
      <pubDate>${item.publishedAt.toUTCString()}</pubDate>
      <dc:creator>${escapeXml(item.byline)}</dc:creator>
      <category>${escapeXml(item.category)}</category>
      <description>${escapeXml(item.sapo)}</description>${enclosure}
    </item>`;
    })
    .join('\n');
  const lastBuild = options.items[0]?.publishedAt ?? new Date(0);
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
