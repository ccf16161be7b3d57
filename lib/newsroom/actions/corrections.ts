'use server';
// Corrections and withdrawals (Press Law 2016, art. 42; lib/newsroom/schemas/correction.ts):
// an editor attaches a correction to a published story or edits its text, takes a story
// down for a serious error with a reason for staff and a notice for readers; an
// administrator puts a withdrawn story back. Each through withRole (authorize → zod →
// transaction → audit → revalidate). Nothing here deletes: a correction is a public record.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { ADMIN_ROLES, EDITOR_ROLES, canPublishArticles } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/common/format';
import { tags as cacheTags } from '@/lib/platform/cache-tags';
import { addCorrectionSchema, editCorrectionSchema, reinstateSchema, withdrawSchema } from '@/lib/newsroom/schemas/correction';
import { moveArticle, storyTags } from '@/lib/newsroom/story-changes';
import type { Prisma } from '@/lib/generated/prisma/client';

type Tx = Prisma.TransactionClient;

async function publicStory(tx: Tx, id: string) {
  const article = await tx.article.findUnique({
    where: { id },
    select: { id: true, slug: true, status: true, oldSlugs: { select: { slug: true } }, _count: { select: { decisions: true, campaigns: true, units: true, collectives: true, individuals: true } } },
  });
  if (!article) throw new ActionError('Bài viết không còn tồn tại.');
  return article;
}

/** What a correction's change touches: the story's page and lists, and the corrections list. */
function correctionTags(article: Awaited<ReturnType<typeof publicStory>>): string[] {
  const links = Object.values(article._count).some((n) => n > 0);
  return [...storyTags(article.id, true, true, [article.slug, ...article.oldSlugs.map((s) => s.slug)], links), cacheTags.corrections];
}

const correctionSnapshot = (c: { wrongText: string | null; rightText: string; apology: boolean; notified: string | null; position: string }) => ({
  wrongText: c.wrongText,
  rightText: c.rightText,
  apology: c.apology,
  notified: c.notified,
  position: c.position,
});

export const addCorrection = withRole(EDITOR_ROLES, addCorrectionSchema, async (input, user, tx) => {
  const article = await publicStory(tx, input.articleId);
  if (article.status !== 'PUBLISHED') throw new ActionError('Chỉ bài đang đăng mới đính kèm cải chính được.');
  const correction = await tx.articleCorrection.create({
    data: {
      articleId: article.id,
      kind: 'CORRECTION',
      wrongText: input.wrongText,
      rightText: input.rightText,
      apology: input.apology,
      notified: input.notified ?? null,
      position: input.position,
      publishedAt: new Date(),
      authorId: user.id,
    },
    select: { id: true, publishedAt: true },
  });
  return {
    message: `Đã đăng cải chính lúc ${formatDateTime(correction.publishedAt)}: bài viết và mục “Thông tin cải chính, xin lỗi” hiển thị ngay.`,
    data: { id: correction.id },
    audit: [{ action: 'article.correction.add', entity: 'article', entityId: article.id, diff: { after: { correctionId: correction.id, ...correctionSnapshot({ ...input, notified: input.notified ?? null }) } } }],
    tags: correctionTags(article),
  };
});

export const editCorrection = withRole(EDITOR_ROLES, editCorrectionSchema, async (input, user, tx) => {
  const current = await tx.articleCorrection.findUnique({ where: { id: input.id }, select: { id: true, kind: true, articleId: true, version: true, wrongText: true, rightText: true, apology: true, notified: true, position: true, updatedAt: true } });
  if (!current || current.kind !== 'CORRECTION') throw new ActionError('Không tìm thấy lời cải chính này.');
  const stale = () => new ActionError(`Lời cải chính đã được sửa lúc ${formatDateTime(current.updatedAt)} trong khi bạn đang sửa. Tải lại trang để xem bản mới rồi sửa tiếp; nội dung bạn gõ chưa được lưu.`);
  if (current.version !== input.version) throw stale();
  const after = { wrongText: input.wrongText, rightText: input.rightText, apology: input.apology, notified: input.notified ?? null, position: input.position };
  const updated = await tx.articleCorrection.updateMany({ where: { id: current.id, version: input.version }, data: { ...after, version: { increment: 1 } } });
  if (updated.count === 0) throw stale();
  const article = await publicStory(tx, current.articleId);
  return {
    message: 'Đã lưu lời cải chính.',
    data: { version: input.version + 1 },
    audit: [{ action: 'article.correction.edit', entity: 'article', entityId: current.articleId, diff: { correctionId: current.id, before: correctionSnapshot(current), after } }],
    tags: correctionTags(article),
  };
});

export const withdrawArticle = withRole(EDITOR_ROLES, withdrawSchema, async (input, user, tx) => {
  const moved = await moveArticle(tx, user, input, { from: ['PUBLISHED'], to: 'WITHDRAWN', allowed: canPublishArticles, refusal: 'Chỉ bài đang đăng mới gỡ vì sai sót được.' }, () => ({}));
  const notice = await tx.articleCorrection.create({
    data: { articleId: input.id, kind: 'WITHDRAWAL', rightText: input.notice, reason: input.reason, apology: input.apology, position: 'TOP', publishedAt: new Date(), authorId: user.id },
    select: { id: true },
  });
  return {
    message: 'Đã gỡ bài: địa chỉ của bài báo cho bạn đọc biết bài đã bị gỡ, nội dung vẫn được lưu cho tòa soạn.',
    data: { version: moved.version },
    audit: [{ action: 'article.withdraw', entity: 'article', entityId: input.id, diff: { ...moved.diff, after: { ...moved.diff.after, correctionId: notice.id, reason: input.reason, notice: input.notice, apology: input.apology } } }],
    tags: [...moved.tags, cacheTags.corrections],
  };
});

export const reinstateArticle = withRole(ADMIN_ROLES, reinstateSchema, async (input, user, tx) => {
  const moved = await moveArticle(tx, user, input, { from: ['WITHDRAWN'], to: 'PUBLISHED', allowed: (u) => u.role === 'ADMIN', refusal: 'Bài này không ở trạng thái đã gỡ vì sai sót.' }, () => ({}));
  const lifted = await tx.articleCorrection.updateMany({ where: { articleId: input.id, kind: 'WITHDRAWAL', liftedAt: null }, data: { liftedAt: new Date() } });
  return {
    message: 'Đã đăng lại bài. Thông báo gỡ bài vẫn được lưu trong mục cải chính, kèm ngày đăng lại.',
    data: { version: moved.version },
    audit: [{ action: 'article.reinstate', entity: 'article', entityId: input.id, diff: { ...moved.diff, after: { ...moved.diff.after, note: input.note, liftedNotices: lifted.count } } }],
    tags: [...moved.tags, cacheTags.corrections],
  };
});
