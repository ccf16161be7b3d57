// The shared tag handler (lib/cache/shared-tags-handler.mjs) against a real Redis: a tag
// expired here is written and published for the other instances; one published by another
// instance is merged into this process's tag table (which Next's page cache and 'use cache'
// entries both read); and with Redis unreachable nothing throws, nothing waits, and the
// expiry is sent once Redis is back. The two-instance behaviour end to end is
// tests/e2e/scale-out.spec.ts.
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const KEY = 'bang-vang:cache-tags';
type Handler = { updateTags(tags: string[], durations?: { expire?: number }): Promise<void>; getExpiration(tags: string[]): Promise<number> };
type Manifest = Map<string, { stale?: number; expired?: number }>;

const { tagsManifest } = (await import('next/dist/server/lib/incremental-cache/tags-manifest.external.js')) as unknown as { tagsManifest: Manifest };
const redis = createClient({ url: REDIS_URL });

async function loadHandler(url: string | undefined): Promise<Handler> {
  vi.resetModules();
  if (url) process.env.REDIS_URL = url;
  else delete process.env.REDIS_URL;
  const mod = (await import('@/lib/cache/shared-tags-handler.mjs')) as { default: Handler };
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
    const tag = `test-tag-${Date.now()}`;
    const received: string[] = [];
    const listener = redis.duplicate();
    await listener.connect();
    await listener.subscribe(KEY, (message) => received.push(message));
    // Give the handler's own subscription a moment to be in place.
    await new Promise((r) => setTimeout(r, 300));

    const before = Date.now();
    await handler.updateTags([tag], { expire: 0 });
    expect(tagsManifest.get(tag)?.expired).toBeGreaterThanOrEqual(before - 1);
    const stored = JSON.parse((await redis.hGet(KEY, tag))!) as { expired: number };
    expect(stored.expired).toBe(tagsManifest.get(tag)!.expired);
    await expect.poll(() => received.some((m) => m.includes(tag))).toBe(true);
    await listener.destroy();

    // Another instance expires a tag: it is merged into this process's table within ms.
    const remote = `remote-tag-${Date.now()}`;
    const at = Date.now() + 5;
    await redis.publish(KEY, JSON.stringify({ tag: remote, record: { stale: at, expired: at } }));
    await expect.poll(() => tagsManifest.get(remote)?.expired, { timeout: 2_000, interval: 10 }).toBe(at);
    expect(await handler.getExpiration([remote])).toBe(at);
    // An older record never moves a newer one back.
    await redis.publish(KEY, JSON.stringify({ tag: remote, record: { expired: at - 1000 } }));
    await redis.publish(KEY, 'not json');
    await new Promise((r) => setTimeout(r, 100));
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
    await expect.poll(() => tagsManifest.get(tag)?.expired, { timeout: 5_000, interval: 20 }).toBe(at);
    await expect.poll(async () => redis.hGet(KEY, ancient), { timeout: 5_000, interval: 50 }).toBeNull();
    expect(tagsManifest.get(ancient)).toBeUndefined();
    await redis.hDel(KEY, [tag]);
  });

  it('with Redis unreachable: no error, no wait, the local expiry holds, and it is sent once Redis is back', async () => {
    // A port nothing listens on, then a real Redis answering there (a second redis-server).
    const port = 6390 + Math.floor(Math.random() * 50);
    const handler = await loadHandler(`redis://127.0.0.1:${port}`);
    const tag = `offline-tag-${Date.now()}`;
    const started = Date.now();
    await handler.updateTags([tag]);
    expect(Date.now() - started).toBeLessThan(500);
    expect(tagsManifest.get(tag)?.expired).toBeGreaterThan(0);

    const { spawn } = await import('node:child_process');
    const server = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    try {
      const late = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: 100 } });
      late.on('error', () => {});
      await late.connect();
      // The handler reconnects on its own and sends what was waiting.
      await expect.poll(async () => late.hGet(KEY, tag), { timeout: 15_000, interval: 200 }).not.toBeNull();
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
