// The 'use cache' handler for several instances of the site: cached entries stay in each
// instance's memory (Next's own default handler), and tag invalidations are shared
// through Redis, so a story published on one instance leaves no stale page on another.
//
// Why tags and not entries: both of Next's caches (this one for 'use cache' data, and the
// page cache that holds rendered HTML and RSC payloads) decide freshness from one
// in-process tag table (tags-manifest.external, shared by every bundle by design). When a
// tag is expired here, it is written to a Redis hash and published on a channel; every
// instance merges what it receives into its own table, and on every (re)connection reads
// the whole hash, so an instance that was away catches up. The next request on any
// instance then renders afresh, once, and caches again locally. No cached value crosses
// the network, so nothing here depends on how Next serializes a page.
//
// Without REDIS_URL (one instance, the embedded demo) this is Next's default handler. If
// Redis goes away, pages are still served from memory, invalidations keep working on the
// instance that made them, and they are sent to the others once Redis is back.
//
// Loaded by Next at run time with a native import (not bundled), hence plain JavaScript.
import defaultHandlerModule from 'next/dist/server/lib/cache-handlers/default.js';
import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';

const { createDefaultCacheHandler } = defaultHandlerModule;
const { tagsManifest } = tagsManifestModule;

const KEY = 'bang-vang:cache-tags';
// Past the longest cache lifetime (cacheLife 'content': 30 days expiry) a tag record can
// no longer expire anything, so older records are dropped when the hash is read.
const KEEP_MS = 31 * 24 * 3600 * 1000;
const MEMORY_BYTES = Number(process.env.CACHE_MAX_MEMORY_BYTES || 64 * 1024 * 1024);

const local = createDefaultCacheHandler(MEMORY_BYTES);

/** Merge a tag record from elsewhere: keep the later of each time. */
export function mergeTag(tag, incoming) {
  const current = tagsManifest.get(tag) ?? {};
  const merged = { ...current };
  for (const field of ['stale', 'expired']) {
    const value = incoming?.[field];
    if (typeof value === 'number' && Number.isFinite(value) && !(typeof current[field] === 'number' && current[field] >= value)) merged[field] = value;
  }
  tagsManifest.set(tag, merged);
}

function parse(text) {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

let warnedAt = 0;
function warn(message, error) {
  // One line a minute at most: a Redis outage must not flood the log.
  if (Date.now() - warnedAt < 60_000) return;
  warnedAt = Date.now();
  console.warn(`[cache] ${message}: ${error instanceof Error ? error.message : String(error)}`);
}

class SharedTags {
  /** Tag records written while Redis was unreachable, sent when it is back. */
  pending = new Map();
  client = null;
  subscriber = null;
  subscribed = false;

  constructor(url) {
    this.url = url;
    this.start().catch((error) => warn('Redis không kết nối được, bộ nhớ đệm chạy riêng từng máy', error));
  }

  async start() {
    const { createClient } = await import('@redis/client');
    const options = {
      url: this.url,
      // Commands fail at once while disconnected instead of queueing behind a dead link.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
    };
    this.client = createClient(options);
    this.subscriber = createClient(options);
    for (const c of [this.client, this.subscriber]) c.on('error', (error) => warn('Redis lỗi kết nối', error));
    // Every (re)connection, once both links are up: listen (the client keeps the
    // subscription across reconnections), catch up on what was missed, send what waited.
    const onReady = () => {
      if (this.client.isReady && this.subscriber.isReady) void this.catchUp().then(() => this.flushPending());
    };
    this.client.on('ready', onReady);
    this.subscriber.on('ready', onReady);
    await Promise.all([this.client.connect(), this.subscriber.connect()]);
  }

  async catchUp() {
    try {
      if (!this.subscribed) {
        await this.subscriber.subscribe(KEY, (message) => {
          const update = parse(message);
          if (update && typeof update.tag === 'string') mergeTag(update.tag, update.record);
        });
        this.subscribed = true;
      }
      const all = await this.client.hGetAll(KEY);
      const old = [];
      const now = Date.now();
      for (const [tag, text] of Object.entries(all)) {
        const record = parse(text);
        if (!record || Math.max(record.stale ?? 0, record.expired ?? 0) < now - KEEP_MS) old.push(tag);
        else mergeTag(tag, record);
      }
      if (old.length) await this.client.hDel(KEY, old);
    } catch (error) {
      warn('Không đọc được danh sách thẻ đã làm mới', error);
    }
  }

  async publish(records) {
    for (const [tag, record] of records) this.pending.set(tag, record);
    await this.flushPending();
  }

  async flushPending() {
    if (!this.client?.isReady || this.pending.size === 0) return;
    const batch = [...this.pending];
    try {
      const multi = this.client.multi().hSet(KEY, Object.fromEntries(batch.map(([tag, record]) => [tag, JSON.stringify(record)])));
      for (const [tag, record] of batch) multi.publish(KEY, JSON.stringify({ tag, record }));
      await multi.exec();
      for (const [tag, record] of batch) if (this.pending.get(tag) === record) this.pending.delete(tag);
    } catch (error) {
      warn('Chưa gửi được thẻ làm mới sang các máy khác (sẽ gửi lại)', error);
    }
  }
}

const shared = process.env.REDIS_URL ? new SharedTags(process.env.REDIS_URL) : null;

/** @type {import('next/dist/server/lib/cache-handlers/types').CacheHandler} */
const handler = {
  get: (cacheKey, softTags) => local.get(cacheKey, softTags),
  set: (cacheKey, pendingEntry) => local.set(cacheKey, pendingEntry),
  // Tags from other instances arrive as they happen (subscription); nothing to pull.
  refreshTags: () => local.refreshTags(),
  getExpiration: (tags) => local.getExpiration(tags),
  async updateTags(tags, durations) {
    await local.updateTags(tags, durations);
    if (shared) await shared.publish(tags.map((tag) => [tag, tagsManifest.get(tag) ?? { expired: Date.now() }]));
  },
};

export default handler;
