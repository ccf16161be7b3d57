'use server';
// Editorial notes on a story: whoever may see the story in the newsroom leaves a note or
// answers one; the note's writer, the story's author or an editor marks it resolved (or
// opens it again). Notes block nothing and are never published: no public tag is touched.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { canResolveNote, canViewArticle, NEWSROOM_ROLES } from '@/lib/auth/roles';
import type { CurrentUser } from '@/lib/auth/session';
import type { Prisma } from '@/lib/generated/prisma/client';
import { addNoteSchema, replyNoteSchema, resolveNoteSchema } from '@/lib/newsroom/schemas/note';

const NOT_VISIBLE = 'Bài viết không còn hoặc bạn không được xem bài này.';

async function visibleStory(tx: Prisma.TransactionClient, user: CurrentUser, articleId: string) {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, authorId: true } });
  if (!article || !canViewArticle(user, article)) throw new ActionError(NOT_VISIBLE);
  return article;
}

export const addNote = withRole(NEWSROOM_ROLES, addNoteSchema, async (input, user, tx) => {
  await visibleStory(tx, user, input.articleId);
  const note = await tx.articleNote.create({ data: { articleId: input.articleId, authorId: user.id, body: input.body, quote: input.quote }, select: { id: true } });
  return {
    message: input.quote ? 'Đã thêm ghi chú cho đoạn đã chọn.' : 'Đã thêm ghi chú cho bài.',
    data: { id: note.id },
    audit: [{ action: 'note.add', entity: 'article', entityId: input.articleId, diff: { after: { noteId: note.id, body: input.body, quote: input.quote } } }],
    tags: [],
  };
});

export const replyToNote = withRole(NEWSROOM_ROLES, replyNoteSchema, async (input, user, tx) => {
  const note = await tx.articleNote.findUnique({ where: { id: input.noteId }, select: { id: true, articleId: true, parentId: true } });
  if (!note) throw new ActionError('Ghi chú không còn.');
  await visibleStory(tx, user, note.articleId);
  // Replies go on the thread's first note, so a thread stays one level deep.
  const threadId = note.parentId ?? note.id;
  const reply = await tx.articleNote.create({ data: { articleId: note.articleId, parentId: threadId, authorId: user.id, body: input.body }, select: { id: true } });
  return {
    message: 'Đã trả lời ghi chú.',
    data: { id: reply.id },
    audit: [{ action: 'note.reply', entity: 'article', entityId: note.articleId, diff: { after: { noteId: threadId, replyId: reply.id, body: input.body } } }],
    tags: [],
  };
});

export const setNoteResolved = withRole(NEWSROOM_ROLES, resolveNoteSchema, async (input, user, tx) => {
  const note = await tx.articleNote.findUnique({ where: { id: input.id }, select: { id: true, articleId: true, parentId: true, authorId: true, resolvedAt: true } });
  if (!note || note.parentId) throw new ActionError('Ghi chú không còn.');
  const article = await visibleStory(tx, user, note.articleId);
  if (!canResolveNote(user, note, article)) throw new ActionError('Chỉ người viết ghi chú, tác giả bài hoặc biên tập viên được đánh dấu đã xử lý.');
  if ((note.resolvedAt !== null) === input.resolved) throw new ActionError(input.resolved ? 'Ghi chú đã được đánh dấu xử lý.' : 'Ghi chú đang mở.');
  const now = new Date();
  await tx.articleNote.update({ where: { id: note.id }, data: input.resolved ? { resolvedAt: now, resolvedById: user.id } : { resolvedAt: null, resolvedById: null } });
  return {
    message: input.resolved ? 'Đã đánh dấu ghi chú là đã xử lý.' : 'Đã mở lại ghi chú.',
    audit: [{ action: input.resolved ? 'note.resolve' : 'note.reopen', entity: 'article', entityId: note.articleId, diff: { before: { noteId: note.id, resolvedAt: note.resolvedAt?.toISOString() ?? null }, after: { resolvedAt: input.resolved ? now.toISOString() : null } } }],
    tags: [],
  };
});
