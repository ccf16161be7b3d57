import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/newsroom/seo';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/dang-nhap', '/xem-truoc/', '/tim-kiem?', '/bo-phieu/'] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/sitemaps/news.xml')],
  };
}
