import 'server-only';
// A live story's entries for readers' pages, which ask for them every LIVE_POLL_SECONDS:
// one cached answer per change (tagged live:<id>, expired by every step of the desk), so a
// thousand readers polling cost one query per change, not one each. The desk's own list
// (with the entries taken down) reads the primary.
import { createHash } from 'node:crypto';
import { cacheLife, cacheTag } from 'next/cache';
import { db, reader } from '@/lib/db';
import { tags } from '@/lib/platform/cache-tags';

export interface LiveEntryDto {
  id: string;
  title: string | null;
  body: string;
  createdAt: Date;
}

export interface LiveFeedDto {
  startedAt: Date;
  endedAt: Date | null;
  summary: string | null;
  entries: LiveEntryDto[];
}

/** How many entries a page and the feed carry (the newest). */
export const LIVE_ENTRY_LIMIT = 200;

export const liveEntrySelect = { id: true, title: true, body: true, createdAt: true } as const;

/** A published story's live coverage, or null (never live, or not published). */
export async function getLiveFeed(articleId: string): Promise<LiveFeedDto | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.live(articleId), tags.article(articleId));
  const story = await reader().article.findFirst({
    where: { id: articleId, status: 'PUBLISHED', publishedAt: { lte: new Date() }, liveStartedAt: { not: null } },
    select: {
      liveStartedAt: true,
      liveEndedAt: true,
      liveSummary: true,
      liveEntries: { where: { removedAt: null }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: LIVE_ENTRY_LIMIT, select: liveEntrySelect },
    },
  });
  if (!story?.liveStartedAt) return null;
  return { startedAt: story.liveStartedAt, endedAt: story.liveEndedAt, summary: story.liveSummary, entries: story.liveEntries };
}

export interface LiveFeedAnswer {
  /** The feed as readers' pages read it (JSON), made once per change. */
  json: string;
  /** A strong validator of `json`: an unchanged feed answers 304 with no body. */
  etag: string;
}

/**
 * The feed's answer, serialized once per change and cached as a string: a poll that the
 * cache answers costs neither a query nor turning 200 entries back into objects.
 */
export async function getLiveFeedAnswer(articleId: string): Promise<LiveFeedAnswer | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.live(articleId), tags.article(articleId));
  const feed = await getLiveFeed(articleId);
  if (!feed) return null;
  const json = JSON.stringify({ complete: feed.entries.length < LIVE_ENTRY_LIMIT, endedAt: feed.endedAt, summary: feed.summary, entries: feed.entries });
  return { json, etag: `"${createHash('sha1').update(json).digest('base64url')}"` };
}

export interface DeskLiveEntry extends LiveEntryDto {
  authorName: string | null;
  removedAt: Date | null;
  removedReason: string | null;
}

/** The desk's view of a story's coverage: every entry, those taken down included. */
export async function getLiveDesk(articleId: string) {
  const story = await db.article.findUnique({
    where: { id: articleId },
    select: {
      status: true,
      liveStartedAt: true,
      liveEndedAt: true,
      liveSummary: true,
      liveEntries: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { ...liveEntrySelect, removedAt: true, removedReason: true, author: { select: { name: true } } } },
    },
  });
  if (!story) return null;
  return {
    status: story.status,
    startedAt: story.liveStartedAt,
    endedAt: story.liveEndedAt,
    summary: story.liveSummary,
    entries: story.liveEntries.map(({ author, ...e }): DeskLiveEntry => ({ ...e, authorName: author?.name ?? null })),
  };
}
