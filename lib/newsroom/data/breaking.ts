import 'server-only';
// The breaking-news bar: read by the site's layout inside the cached page, so it costs no
// per-request render. Turning a bar on or off expires the tag (every page shows the change
// at once); its end time is when the cache entry goes stale, so the pages drop it when it
// ends without anyone touching it, and no job has to run.
import { cacheLife, cacheTag } from 'next/cache';
import { db, reader } from '@/lib/db';
import { tags } from '@/lib/platform/cache-tags';
import { isServerRuntime } from '@/lib/platform/env';
import { revalidateOwnServer } from '@/lib/platform/revalidate';

export interface BreakingNewsDto {
  text: string;
  href: string;
  endsAt: Date;
}

export async function getBreakingNews(): Promise<BreakingNewsDto | null> {
  'use cache';
  cacheTag(tags.breaking);
  const now = new Date();
  const bar = await reader().breakingNews.findFirst({
    where: { endedAt: null, startsAt: { lte: now }, endsAt: { gt: now } },
    orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
    select: { text: true, href: true, endsAt: true },
  });
  if (!bar) {
    cacheLife('content');
    return null;
  }
  // The entry (and every page holding it) goes stale when the bar ends: the first reader
  // after that still gets the bar once while the page renders again in the background, and
  // every reader after gets the page without it. The expiry stays at 5 minutes or more, or
  // Next would leave the bar out of the cached page (a per-request hole).
  const seconds = Math.max(1, Math.ceil((bar.endsAt.getTime() - now.getTime()) / 1000));
  // The stale time stays at 30 s: shorter, Next leaves the entry out of every prerender, and
  // the layout around it (outside any Suspense) could not render at all in the last 30 s.
  cacheLife({ stale: 30, revalidate: seconds, expire: Math.max(300, seconds + 1) });
  return bar;
}

/**
 * Expire the bar's tag at its end time, so no reader gets it after (without this, the first
 * request to each page after the end still would, while the page renders again). A timer on
 * the instance that set the bar, and on every instance as it starts (scheduleActiveBreakingEnds);
 * with shared tags in Redis one expiry reaches them all.
 */
export function scheduleBreakingEnd(endsAt: Date): void {
  const delay = endsAt.getTime() - Date.now();
  if (delay < 0 || delay > 2 ** 31 - 1) return;
  const timer = setTimeout(() => {
    revalidateOwnServer([tags.breaking]).catch((error: unknown) => console.error('[breaking] end', error));
  }, delay + 250);
  timer.unref?.();
}

/** Started once per server (instrumentation.ts): the end of the bar on now, if any. */
export async function scheduleActiveBreakingEnds(): Promise<void> {
  if (!isServerRuntime()) return;
  const now = new Date();
  const bars = await db.breakingNews.findMany({ where: { endedAt: null, endsAt: { gt: now } }, select: { endsAt: true } });
  for (const bar of bars) scheduleBreakingEnd(bar.endsAt);
}

/** The desk's view: the bar on now (if any), and the last ones that ran. */
export async function getBreakingDesk() {
  const recent = await db.breakingNews.findMany({
    orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
    take: 20,
    select: { id: true, text: true, href: true, startsAt: true, endsAt: true, endedAt: true, createdBy: { select: { name: true } } },
  });
  const now = Date.now();
  return { onNow: recent.find((b) => !b.endedAt && b.startsAt.getTime() <= now && b.endsAt.getTime() > now) ?? null, recent };
}
