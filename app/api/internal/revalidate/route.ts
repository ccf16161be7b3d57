import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { replicasCaughtUp } from '@/lib/db';
import { isInternalToken } from '@/lib/platform/internal-token';

// Background jobs (scheduled publishing) run outside any request, where Next cannot
// revalidate its cache; they ask their own server through this route instead.
const bodySchema = z.object({ tags: z.array(z.string().regex(/^[a-z-]+(:[\w-]+)?$/).max(300)).min(1).max(200) });

export async function POST(request: Request) {
  if (!isInternalToken('revalidate', request.headers.get('x-bang-vang-token'))) return new Response('Không có quyền.', { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response('Yêu cầu không hợp lệ.', { status: 400 });
  // Expire at once: a scheduled story must be on the site as soon as it is published (once
  // the read replicas, if any, have it: public pages are rendered from them).
  if (!(await replicasCaughtUp())) console.warn('[revalidate] replicas still behind after 2 s');
  for (const tag of new Set(parsed.data.tags)) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: parsed.data.tags.length });
}
