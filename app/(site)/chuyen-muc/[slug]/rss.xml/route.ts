import { listFeedItems } from '@/lib/newsroom/data/feeds';
import { rssDocument } from '@/lib/newsroom/feed-documents';
import { site } from '@/lib/newsroom/site';
import { xmlResponse } from '@/lib/common/xml';

export async function GET(_request: Request, { params }: RouteContext<'/chuyen-muc/[slug]/rss.xml'>) {
  const { slug } = await params;
  const feed = /^[a-z0-9-]{1,80}$/.test(slug) ? await listFeedItems(slug) : null;
  if (!feed?.category) return new Response('Không có chuyên mục này.', { status: 404 });
  return xmlResponse(
    rssDocument({
      title: `${feed.category.name} – ${site.name}`,
      description: `Tin mới chuyên mục ${feed.category.name}`,
      path: `/chuyen-muc/${feed.category.slug}`,
      selfPath: `/chuyen-muc/${feed.category.slug}/rss.xml`,
      items: feed.items,
    }),
    'application/rss+xml',
  );
}
