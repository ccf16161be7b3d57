'use server';
// Live coverage: an editor starts it on a published story, adds entries while it runs, keeps
// the summary at its top current, takes a wrong entry down (with the reason, kept for the
// desk) and ends it; the story then stays as a normal story with its entries. Each change
// expires the story's page and its feed, so every reader's page gets it on its next poll.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import type { Prisma } from '@/lib/generated/prisma/client';
import { tags } from '@/lib/platform/cache-tags';
import { liveEntrySchema, liveStorySchema, liveSummarySchema, removeLiveEntrySchema } from '@/lib/newsroom/schemas/live';

const storyTags = (id: string) => [tags.article(id), tags.live(id)];

/** The story, locked so two editors' steps (an entry and "end") happen one after the other. */
async function lockedStory(tx: Prisma.TransactionClient, articleId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM articles WHERE id = ${articleId} FOR UPDATE`;
  if (!row) throw new ActionError('Bài viết không còn.');
  return tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { id: true, status: true, liveStartedAt: true, liveEndedAt: true, liveSummary: true } });
}

async function runningStory(tx: Prisma.TransactionClient, articleId: string) {
  const story = await lockedStory(tx, articleId);
  if (!story.liveStartedAt) throw new ActionError('Bài này chưa mở tường thuật trực tiếp.');
  if (story.liveEndedAt) throw new ActionError('Tường thuật trực tiếp của bài này đã kết thúc.');
  return story;
}

export const startLive = withRole(EDITOR_ROLES, liveStorySchema, async (input, _user, tx) => {
  const story = await lockedStory(tx, input.articleId);
  if (story.status !== 'PUBLISHED') throw new ActionError('Chỉ mở tường thuật trực tiếp trên bài đã đăng.');
  if (story.liveStartedAt) throw new ActionError(story.liveEndedAt ? 'Tường thuật của bài này đã kết thúc; bài giữ nguyên như một bài thường.' : 'Bài đang tường thuật trực tiếp.');
  const now = new Date();
  await tx.article.update({ where: { id: story.id }, data: { liveStartedAt: now } });
  return {
    message: 'Đã mở tường thuật trực tiếp: bạn đọc thấy các cập nhật mới mà không cần tải lại trang.',
    audit: [{ action: 'live.start', entity: 'article', entityId: story.id, diff: { after: { liveStartedAt: now.toISOString() } } }],
    tags: [...storyTags(story.id), tags.articles],
  };
});

export const addLiveEntry = withRole(EDITOR_ROLES, liveEntrySchema, async (input, user, tx) => {
  const story = await runningStory(tx, input.articleId);
  const entry = await tx.liveEntry.create({ data: { articleId: story.id, authorId: user.id, title: input.title, body: input.body }, select: { id: true, createdAt: true } });
  return {
    message: 'Đã đăng cập nhật.',
    data: { id: entry.id },
    audit: [{ action: 'live.entry', entity: 'article', entityId: story.id, diff: { after: { entryId: entry.id, title: input.title, body: input.body } } }],
    tags: storyTags(story.id),
  };
});

export const setLiveSummary = withRole(EDITOR_ROLES, liveSummarySchema, async (input, _user, tx) => {
  const story = await runningStory(tx, input.articleId);
  if (story.liveSummary === input.summary) throw new ActionError('Tóm tắt không thay đổi.');
  await tx.article.update({ where: { id: story.id }, data: { liveSummary: input.summary } });
  return {
    message: 'Đã cập nhật tóm tắt.',
    audit: [{ action: 'live.summary', entity: 'article', entityId: story.id, diff: { before: { liveSummary: story.liveSummary }, after: { liveSummary: input.summary } } }],
    tags: storyTags(story.id),
  };
});

export const removeLiveEntry = withRole(EDITOR_ROLES, removeLiveEntrySchema, async (input, _user, tx) => {
  const entry = await tx.liveEntry.findUnique({ where: { id: input.id }, select: { id: true, articleId: true, title: true, body: true, removedAt: true } });
  if (!entry) throw new ActionError('Cập nhật không còn.');
  await lockedStory(tx, entry.articleId);
  if (entry.removedAt) throw new ActionError('Cập nhật này đã được gỡ.');
  const now = new Date();
  await tx.liveEntry.update({ where: { id: entry.id }, data: { removedAt: now, removedReason: input.reason } });
  return {
    message: 'Đã gỡ cập nhật khỏi trang.',
    audit: [{ action: 'live.remove', entity: 'article', entityId: entry.articleId, diff: { before: { entryId: entry.id, title: entry.title, body: entry.body }, after: { removedAt: now.toISOString(), reason: input.reason } } }],
    tags: storyTags(entry.articleId),
  };
});

export const endLive = withRole(EDITOR_ROLES, liveStorySchema, async (input, _user, tx) => {
  const story = await runningStory(tx, input.articleId);
  const now = new Date();
  await tx.article.update({ where: { id: story.id }, data: { liveEndedAt: now } });
  return {
    message: 'Đã kết thúc tường thuật; bài giữ nguyên các cập nhật như một bài thường.',
    audit: [{ action: 'live.end', entity: 'article', entityId: story.id, diff: { after: { liveEndedAt: now.toISOString() } } }],
    tags: [...storyTags(story.id), tags.articles],
  };
});
