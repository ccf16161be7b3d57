// The shared tag handler (lib/platform/shared-tags-handler.mjs) against a real Redis: a tag
// expired here is written and published for the other instances; one published by another
// instance is merged into this process's tag table (which Next's page cache and 'use cache'
// entries both read); and with Redis unreachable nothing throws, nothing waits, and the
// expiry is sent once Redis is back. The two-instance behaviour end to end is
// tests/e2e/scale-out.spec.ts.
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const KEY = 'bang-vang:cache-tags';
type Entry = { value: ReadableStream<Uint8Array>; tags: string[]; stale: number; timestamp: number; expire: number; revalidate: number };
type Handler = {
  get(cacheKey: string, softTags: string[]): Promise<Entry | undefined>;
  set(cacheKey: string, pending: Promise<Entry>): Promise<void>;
  updateTags(tags: string[], durations?: { expire?: number }): Promise<void>;
  getExpiration(tags: string[]): Promise<number>;
};
type Manifest = Map<string, { stale?: number; expired?: number }>;

const { tagsManifest } = (await import('next/dist/server/lib/incremental-cache/tags-manifest.external.js')) as unknown as { tagsManifest: Manifest };
const redis = createClient({ url: REDIS_URL });
// Deliveries over loopback take milliseconds; the deadline is for a loaded CI machine.
const POLL = { timeout: 10_000, interval: 20 };

/** A cached entry under `tags`, made `ageMs` ago (Next's own handler stamps entries the same way). */
function entry(tags: string[], ageMs: number): Entry {
  const bytes = new TextEncoder().encode('cached');
  return {
    value: new ReadableStream({ start: (c) => (c.enqueue(bytes), c.close()) }),
    tags,
    stale: 300,
    timestamp: Math.round(performance.timeOrigin + performance.now()) - ageMs,
    expire: 3_600,
    revalidate: 3_600,
  };
}

/** Resolves once the handler loaded last receives what is published on the channel. */
async function handlerListens() {
  const probe = `probe-${randomUUID()}`;
  await expect
    .poll(async () => {
      await redis.publish(KEY, JSON.stringify({ tag: probe, record: { expired: 1 } }));
      return tagsManifest.has(probe);
    }, POLL)
    .toBe(true);
}

async function loadHandler(url: string | undefined): Promise<Handler> {
  vi.resetModules();
  if (url) process.env.REDIS_URL = url;
  else delete process.env.REDIS_URL;
  const mod = (await import('@/lib/platform/shared-tags-handler.mjs')) as { default: Handler };
  return mod.default;
}

beforeAll(async () => {
  await redis.connect();
});
afterAll(async () => {
  delete process.env.REDIS_URL;
  redis.destroy();
});

describe('shared cache tags', () => {
  it('an expiry made here is stored and published; one made elsewhere arrives here', async () => {
    const handler = await loadHandler(REDIS_URL);
    const tag = `test-tag-${randomUUID()}`;
    const received: string[] = [];
    const listener = redis.duplicate();
    await listener.connect();
    await listener.subscribe(KEY, (message) => received.push(message));
    await handlerListens();

    // An entry cached a second ago under the tag is served until the tag expires here.
    const cacheKey = `entry-${tag}`;
    await handler.set(cacheKey, Promise.resolve(entry([tag], 1_000)));
    expect(await handler.get(cacheKey, [])).toBeDefined();
    await handler.updateTags([tag], { expire: 0 });
    expect(await handler.get(cacheKey, [])).toBeUndefined();
    const expiredHere = tagsManifest.get(tag)?.expired;
    expect(expiredHere).toEqual(expect.any(Number));
    const stored = JSON.parse((await redis.hGet(KEY, tag))!) as { expired: number };
    expect(stored.expired).toBe(expiredHere);
    await expect.poll(() => received.some((m) => m.includes(tag)), POLL).toBe(true);
    await listener.destroy();

    // Another instance expires a tag: it is merged into this process's table.
    const remote = `remote-tag-${randomUUID()}`;
    const at = Date.now() + 5;
    await redis.publish(KEY, JSON.stringify({ tag: remote, record: { stale: at, expired: at } }));
    await expect.poll(() => tagsManifest.get(remote)?.expired, POLL).toBe(at);
    expect(await handler.getExpiration([remote])).toBe(at);
    // An older record never moves a newer one back, and junk is ignored. Messages on one
    // channel arrive in order: once the marker sent after them is here, they were handled.
    await redis.publish(KEY, JSON.stringify({ tag: remote, record: { expired: at - 1000 } }));
    await redis.publish(KEY, 'not json');
    const marker = `marker-${randomUUID()}`;
    await redis.publish(KEY, JSON.stringify({ tag: marker, record: { expired: at } }));
    await expect.poll(() => tagsManifest.has(marker), POLL).toBe(true);
    expect(tagsManifest.get(remote)?.expired).toBe(at);
    await redis.hDel(KEY, [tag]);
  });

  it('an instance that starts later catches up on expiries made before it started', async () => {
    const tag = `earlier-tag-${Date.now()}`;
    const at = Date.now() - 1_000;
    await redis.hSet(KEY, tag, JSON.stringify({ stale: at, expired: at }));
    // A record past the longest cache lifetime is dropped instead of merged.
    const ancient = `ancient-tag-${Date.now()}`;
    await redis.hSet(KEY, ancient, JSON.stringify({ expired: Date.now() - 40 * 24 * 3600 * 1000 }));
    await loadHandler(REDIS_URL);
    await expect.poll(() => tagsManifest.get(tag)?.expired, POLL).toBe(at);
    await expect.poll(async () => redis.hGet(KEY, ancient), POLL).toBeNull();
    expect(tagsManifest.get(ancient)).toBeUndefined();
    await redis.hDel(KEY, [tag]);
  });

  it('with Redis unreachable: no error, no wait, the local expiry holds, and it is sent once Redis is back', async () => {
    // A port nothing listens on, then a real Redis answering there (a second redis-server).
    const port = 6390 + Math.floor(Math.random() * 50);
    const handler = await loadHandler(`redis://127.0.0.1:${port}`);
    const tag = `offline-tag-${randomUUID()}`;
    // No waiting on the dead link: the expiry completes before any I/O callback could run
    // (setImmediate fires after the event loop's I/O phase).
    const outcome = await Promise.race([handler.updateTags([tag]).then(() => 'done'), new Promise((resolve) => setImmediate(() => resolve('waited for I/O')))]);
    expect(outcome).toBe('done');
    expect(tagsManifest.get(tag)?.expired).toBeGreaterThan(0);

    const { spawn } = await import('node:child_process');
    const server = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    try {
      const late = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: 100 } });
      late.on('error', () => {});
      await late.connect();
      // The handler reconnects on its own and sends what was waiting.
      // Its reconnection backs off to at most 5 s between tries: three tries' worth.
      await expect.poll(async () => late.hGet(KEY, tag), { timeout: 20_000, interval: 200 }).not.toBeNull();
      late.destroy();
    } finally {
      server.kill('SIGTERM');
    }
  });

  it('without REDIS_URL it is Next’s own in-memory handler', async () => {
    const handler = await loadHandler(undefined);
    const tag = `local-tag-${Date.now()}`;
    await handler.updateTags([tag]);
    expect(await handler.getExpiration([tag])).toBeGreaterThan(0);
    expect(await redis.hGet(KEY, tag)).toBeNull();
  });
});
