// A live story's entries for readers' pages (components/site/live-updates.tsx): the cached
// feed (lib/newsroom/data/live.ts), one answer per change whatever the number of readers,
// and a few seconds of shared caching for a proxy or CDN in front.
import { getLiveFeed, LIVE_ENTRY_LIMIT } from '@/lib/newsroom/data/live';
import { LIVE_POLL_SECONDS } from '@/lib/newsroom/schemas/live';

export async function GET(_request: Request, { params }: RouteContext<'/api/truc-tiep/[id]'>) {
  const { id } = await params;
  const feed = id.length <= 64 ? await getLiveFeed(id) : null;
  if (!feed) return Response.json({ error: 'Không có tường thuật trực tiếp này.' }, { status: 404 });
  return Response.json(
    { complete: feed.entries.length < LIVE_ENTRY_LIMIT, endedAt: feed.endedAt, summary: feed.summary, entries: feed.entries },
    { headers: { 'Cache-Control': `public, max-age=${Math.floor(LIVE_POLL_SECONDS / 3)}, s-maxage=${Math.floor(LIVE_POLL_SECONDS / 3)}, stale-while-revalidate=${LIVE_POLL_SECONDS * 4}` } },
  );
}
