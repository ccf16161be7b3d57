import { connection } from 'next/server';
import { countArticleSitemaps, listNewsSitemapArticles, listRegistrySitemapPaths, listSitemapArticles, listSitemapSectionsAndTags } from '@/lib/newsroom/data/feeds';
import { newsSitemapDocument, urlsetDocument } from '@/lib/newsroom/feed-documents';
import { absoluteUrl, articleUrl } from '@/lib/newsroom/seo';
import { categoryPath } from '@/lib/newsroom/site';
import { xmlResponse } from '@/lib/common/xml';
import { listAuthorSitemapSlugs } from '@/lib/newsroom/data/authors';
import { authorPath } from '@/lib/newsroom/schemas/author';

const notFound = () => new Response('Không có sitemap này.', { status: 404 });

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[name]'>) {
  const { name } = await params;
  if (name === 'pages.xml') {
    const [{ categories, tags }, authors] = await Promise.all([listSitemapSectionsAndTags(), listAuthorSitemapSlugs()]);
    return xmlResponse(
      urlsetDocument([
        { loc: absoluteUrl('/') },
        ...[...new Set(['/e-magazine', ...categories.map(categoryPath)])].map((path) => ({ loc: absoluteUrl(path) })),
        ...tags.map((slug) => ({ loc: absoluteUrl(`/the/${slug}`) })),
        ...authors.map((slug) => ({ loc: absoluteUrl(authorPath(slug)) })),
      ]),
    );
  }
  if (name === 'registry.xml') {
    const sections = ['', '/tra-cuu', '/don-vi', '/danh-hieu', '/phong-trao', '/quyet-dinh', '/thong-ke'].map((p) => `/vinh-danh${p}`);
    return xmlResponse(urlsetDocument([...sections, ...(await listRegistrySitemapPaths())].map((path) => ({ loc: absoluteUrl(path) }))));
  }
  if (name === 'news.xml') {
    // "The last 48 hours" is relative to this request, so this one is not cached.
    await connection();
    return xmlResponse(newsSitemapDocument(await listNewsSitemapArticles(new Date())));
  }
  const match = /^articles-([1-9]\d{0,4})\.xml$/.exec(name);
  if (!match) return notFound();
  const chunk = Number(match[1]);
  if (chunk > (await countArticleSitemaps())) return notFound();
  const rows = await listSitemapArticles(chunk - 1);
  return xmlResponse(urlsetDocument(rows.map((r) => ({ loc: articleUrl(r.slug), lastmod: r.updatedAt }))));
}
