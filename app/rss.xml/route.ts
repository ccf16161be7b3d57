import { listFeedItems } from '@/lib/data/feeds';
import { rssDocument } from '@/lib/feeds';
import { site } from '@/lib/site';
import { xmlResponse } from '@/lib/xml';

export async function GET() {
  const feed = await listFeedItems();
  return xmlResponse(
    rssDocument({ title: site.name, description: site.description, path: '/', selfPath: '/rss.xml', items: feed?.items ?? [] }),
    'application/rss+xml',
  );
}
