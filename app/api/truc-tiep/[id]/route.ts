// A live story's entries for readers' pages (components/site/live-updates.tsx): the cached
// answer (lib/newsroom/data/live.ts), one per change whatever the number of readers, a few
// seconds of shared caching for a proxy or CDN in front, and 304 for a poll that already
// holds the current feed.
import { getLiveFeedAnswer } from '@/lib/newsroom/data/live';
import { LIVE_POLL_SECONDS } from '@/lib/newsroom/schemas/live';

const cacheControl = `public, max-age=${Math.floor(LIVE_POLL_SECONDS / 3)}, s-maxage=${Math.floor(LIVE_POLL_SECONDS / 3)}, stale-while-revalidate=${LIVE_POLL_SECONDS * 4}`;

export async function GET(request: Request, { params }: RouteContext<'/api/truc-tiep/[id]'>) {
  const { id } = await params;
  const answer = id.length <= 64 ? await getLiveFeedAnswer(id) : null;
  if (!answer) return Response.json({ error: 'Không có tường thuật trực tiếp này.' }, { status: 404 });
  const headers = { 'Cache-Control': cacheControl, ETag: answer.etag };
  if (request.headers.get('if-none-match') === answer.etag) return new Response(null, { status: 304, headers });
  return new Response(answer.json, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}
