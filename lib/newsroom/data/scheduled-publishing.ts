// The job queue (pg-boss, on the app's own PostgreSQL): scheduled publishing that happens
// at its time even if nobody visits, survives restarts (jobs are rows) and runs once
// across instances (SKIP LOCKED). A per-story job fires at the scheduled minute; a
// once-a-minute sweep catches anything a stopped server missed.
// On the embedded database (one instance by construction: its data folder is locked, and
// it takes a single connection) the same work runs in-process: a timer at the scheduled
// time and a sweep every 15 s; the schedule itself is the article row, so it survives
// restarts there too. Jobs are never cancelled:
// one publishes only stories still SCHEDULED and due, so a story published by hand,
// re-scheduled or taken down is left alone.
import 'server-only';
import PgBoss from 'pg-boss';
import { tags as cacheTags } from '@/lib/platform/cache-tags';
import { db } from '@/lib/db';
import { getEnv, isServerRuntime } from '@/lib/platform/env';
import { revalidateOwnServer } from '@/lib/platform/revalidate';

const PUBLISH_QUEUE = 'publish-scheduled-article';
const SWEEP_QUEUE = 'publish-due-sweep';

let boss: Promise<PgBoss> | undefined;

function getBoss(): Promise<PgBoss> {
  boss ??= (async () => {
    const url = getEnv().DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL chưa được đặt: hàng đợi công việc cần PostgreSQL.');
    const instance = new PgBoss({ connectionString: url, schema: 'pgboss', max: 2 });
    instance.on('error', (error: unknown) => console.error('[jobs]', error));
    await instance.start();
    for (const name of [PUBLISH_QUEUE, SWEEP_QUEUE]) {
      if (!(await instance.getQueue(name))) await instance.createQueue(name);
    }
    return instance;
  })();
  return boss;
}

const EMBEDDED_SWEEP_MS = 15_000;

/** Queue the publication of a scheduled story at its time. */
export async function schedulePublish(articleId: string, at: Date): Promise<void> {
  if (getEnv().DATABASE_EMBEDDED) {
    // Timers cannot wait longer than ~24.8 days; the sweep covers anything further out.
    const delay = at.getTime() - Date.now();
    if (delay < 2 ** 31 - 1) setTimeout(() => void publishDueArticles().catch(logJobError), Math.max(0, delay)).unref();
    return;
  }
  const queue = await getBoss();
  await queue.send(PUBLISH_QUEUE, { articleId }, { startAfter: at, retryLimit: 5, retryDelay: 20, singletonKey: `${articleId}@${at.toISOString()}` });
}

/** Publishes every scheduled story that is due; returns their ids. Safe to run twice. */
export async function publishDueArticles(now = new Date()): Promise<string[]> {
  const published = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; slug: string }[]>`
      UPDATE articles SET status = 'PUBLISHED', version = version + 1, updated_at = now()
      WHERE status = 'SCHEDULED' AND published_at <= ${now}
      RETURNING id, slug`;
    if (rows.length > 0) {
      await tx.auditEvent.createMany({ data: rows.map((r) => ({ action: 'article.publish_scheduled', entity: 'article', entityId: r.id })) });
    }
    return rows;
  });
  if (published.length > 0) {
    await revalidateOwnServer([cacheTags.articles, cacheTags.sitemap, cacheTags.registry, ...published.flatMap((r) => [cacheTags.article(r.id), cacheTags.articleSlug(r.slug)])]);
  }
  return published.map((r) => r.id);
}

const logJobError = (error: unknown) => console.error('[jobs]', error);

/** Started once per server (instrumentation.ts). */
export async function startJobWorkers(): Promise<void> {
  // Not while `next build` prerenders pages.
  if (!isServerRuntime()) return;
  if (getEnv().DATABASE_EMBEDDED) {
    setInterval(() => void publishDueArticles().catch(logJobError), EMBEDDED_SWEEP_MS).unref();
    return;
  }
  const queue = await getBoss();
  await queue.work(PUBLISH_QUEUE, async () => {
    await publishDueArticles();
  });
  await queue.schedule(SWEEP_QUEUE, '* * * * *');
  await queue.work(SWEEP_QUEUE, async () => {
    await publishDueArticles();
  });
}
