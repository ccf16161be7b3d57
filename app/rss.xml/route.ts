import { listFeedItems } from '@/lib/newsroom/data/feeds';
import { rssDocument } from '@/lib/newsroom/feed-documents';
import { site } from '@/lib/newsroom/site';
import { xmlResponse } from '@/lib/common/xml';

export async function GET() {
  const feed = await listFeedItems();
  return xmlResponse(
    rssDocument({ title: site.name, description: site.description, path: '/', selfPath: '/rss.xml', items: feed?.items ?? [] }),
    'application/rss+xml',
  );
}
