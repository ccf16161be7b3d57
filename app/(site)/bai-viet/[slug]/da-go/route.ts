import { getWithdrawnNotice } from '@/lib/newsroom/data/corrections';
import { withdrawnPath } from '@/lib/newsroom/schemas/correction';
import { SLUG_PATTERN } from '@/lib/newsroom/schemas/article';
import { site } from '@/lib/newsroom/site';
import { withdrawnPage } from '@/lib/newsroom/withdrawn-page';

// A withdrawn story's notice, 410 Gone (lib/newsroom/withdrawn-page.ts). Asked under an old
// slug, it sends the reader to the current one; a story that is not withdrawn (never was,
// or was put back) goes back to its own address, which answers for itself.
const goTo = (location: string, status: 307 | 308) => new Response(null, { status, headers: { location } });

export async function GET(_request: Request, { params }: RouteContext<'/bai-viet/[slug]/da-go'>) {
  const { slug } = await params;
  const notice = SLUG_PATTERN.test(slug) && slug.length <= 160 ? await getWithdrawnNotice(slug) : null;
  if (!notice) return goTo(`/bai-viet/${encodeURIComponent(slug)}`, 307);
  if (notice.slug !== slug) return goTo(withdrawnPath(notice.slug), 308);
  return new Response(withdrawnPage(site.name, notice), {
    status: 410,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=60', 'x-robots-tag': 'noindex' },
  });
}
