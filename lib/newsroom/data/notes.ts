import 'server-only';
// Editorial notes for the editor's panel and the desk: from the primary, never cached
// (staff see a note the moment it is left).
import { db } from '@/lib/db';
import { bodyNoteIds } from '@/lib/newsroom/schemas/article-body';

export interface NoteDto {
  id: string;
  body: string;
  quote: string | null;
  authorId: string | null;
  authorName: string;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  /** Anchored on a passage of the saved text (its mark is in the body). */
  anchored: boolean;
  replies: { id: string; body: string; authorName: string; createdAt: Date }[];
}

const FORMER = 'Tài khoản đã xóa';

/** A story's notes, open ones first, each with its replies (oldest first). */
export async function listArticleNotes(articleId: string): Promise<NoteDto[]> {
  const [article, notes] = await Promise.all([
    db.article.findUnique({ where: { id: articleId }, select: { body: true } }),
    db.articleNote.findMany({
      where: { articleId, parentId: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        body: true,
        quote: true,
        authorId: true,
        createdAt: true,
        resolvedAt: true,
        author: { select: { name: true } },
        resolvedBy: { select: { name: true } },
        replies: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
      },
    }),
  ]);
  const anchored = new Set(bodyNoteIds(article?.body));
  return notes
    .map((n) => ({
      id: n.id,
      body: n.body,
      quote: n.quote,
      authorId: n.authorId,
      authorName: n.author?.name ?? FORMER,
      createdAt: n.createdAt,
      resolvedAt: n.resolvedAt,
      resolvedByName: n.resolvedBy?.name ?? (n.resolvedAt ? FORMER : null),
      anchored: anchored.has(n.id),
      replies: n.replies.map((r) => ({ id: r.id, body: r.body, createdAt: r.createdAt, authorName: r.author?.name ?? FORMER })),
    }))
    .sort((a, b) => Number(a.resolvedAt !== null) - Number(b.resolvedAt !== null));
}
