import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/platform/env';
import { ViewCounter } from '@/lib/newsroom/view-counter';

const FLUSH_MS = 10_000;

const globalForViews = globalThis as unknown as { bangVangViews?: { counter: ViewCounter; salt: string; timer: NodeJS.Timeout } };

/** Adds pending counts to the stories in one statement. Unknown ids are ignored. */
export async function flushViews(counter: ViewCounter): Promise<void> {
  const counts = counter.drain();
  if (counts.size === 0) return;
  const ids = [...counts.keys()];
  const increments = ids.map((id) => counts.get(id)!);
  try {
    await db.$executeRaw`
      UPDATE articles a SET view_count = a.view_count + v.n
      FROM unnest(${ids}::text[], ${increments}::int[]) AS v(id, n)
      WHERE a.id = v.id AND a.status = 'PUBLISHED'`;
  } catch (error) {
    counter.restore(counts);
    console.error('[views] could not write view counts', error);
  }
}

export function viewTracking() {
  if (!globalForViews.bangVangViews) {
    const counter = new ViewCounter();
    const timer = setInterval(() => void flushViews(counter), FLUSH_MS);
    timer.unref();
    globalForViews.bangVangViews = { counter, salt: getEnv().NEXTAUTH_SECRET ?? randomBytes(16).toString('hex'), timer };
  }
  return globalForViews.bangVangViews;
}
