// Revalidation outside a Server Action: background jobs, and the second pass after a
// public change. Next invalidates a tag at the moment it is called, but a page render that
// read the database just before the change and writes its cache entry just after keeps the
// old content (seen when a reader's browser prefetched a story while it was taken down).
// A second invalidation a moment later clears such entries.
import 'server-only';
import { serverPort } from '@/lib/platform/env';
import { internalToken } from '@/lib/platform/internal-token';

export const SECOND_PASS_DELAY_MS = 2_000;

/** Asks this instance's own server to expire the tags (only a request may revalidate). */
export async function revalidateOwnServer(tags: string[]): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${serverPort()}/api/internal/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-bang-vang-token': internalToken('revalidate') },
    body: JSON.stringify({ tags }),
  });
  if (!response.ok) throw new Error(`revalidate answered ${response.status}`);
}

/** Expire the tags again once renders that were in flight during the change are done. */
export function scheduleSecondPass(tags: string[]): void {
  if (tags.length === 0) return;
  const timer = setTimeout(() => {
    revalidateOwnServer(tags).catch((error: unknown) => console.error('[revalidate] second pass', error));
  }, SECOND_PASS_DELAY_MS);
  timer.unref?.();
}
