import { countArticleSitemaps } from '@/lib/newsroom/data/feeds';
import { sitemapIndexDocument } from '@/lib/newsroom/feed-documents';
import { xmlResponse } from '@/lib/common/xml';

// The sitemap index: pages, the registry, one file per SITEMAP_CHUNK stories, and the news sitemap.
export async function GET() {
  const chunks = await countArticleSitemaps();
  const paths = ['/sitemaps/pages.xml', '/sitemaps/registry.xml', ...Array.from({ length: chunks }, (_, i) => `/sitemaps/articles-${i + 1}.xml`), '/sitemaps/news.xml'];
  return xmlResponse(sitemapIndexDocument(paths));
}
