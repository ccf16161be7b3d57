import 'server-only';
// The desk: what needs the signed-in person's attention, in one round of parallel queries.
import type { CurrentUser } from '@/lib/auth/session';
import { REGISTRY_AUDIT_ENTITIES } from '@/lib/audit/labels';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isNewsroom } from '@/lib/auth/roles';

const storySelect = {
  id: true,
  title: true,
  status: true,
  updatedAt: true,
  publishedAt: true,
  reviewNote: true,
  viewCount: true,
  slug: true,
  author: { select: { name: true } },
  // Open editorial notes (threads not yet resolved): they block nothing, the desk shows them.
  _count: { select: { notes: { where: { parentId: null, resolvedAt: null } } } },
} satisfies Prisma.ArticleSelect;

export type DeskStory = Prisma.ArticleGetPayload<{ select: typeof storySelect }>;

export async function getDesk(user: CurrentUser) {
  const newsroom = isNewsroom(user.role);
  const editor = user.role === 'ADMIN' || user.role === 'EDITOR';
  // The whole registry's changes: not for reporters, nor for a unit officer (other units').
  const seesRegistry = user.role === 'ADMIN' || user.role === 'EDITOR' || user.role === 'REGISTRAR';
  // Reporters see their own stories in every list; editors see the whole desk.
  const mine: Prisma.ArticleWhereInput = editor ? {} : { authorId: user.id };
  const none = Promise.resolve([] as never[]);
  const [counts, waiting, scheduled, published, drafts, noted, registry] = await Promise.all([
    newsroom ? db.article.groupBy({ by: ['status'], where: mine, _count: { _all: true } }) : none,
    // Oldest first: the story that has waited longest is read first.
    newsroom ? db.article.findMany({ where: { ...mine, status: 'IN_REVIEW' }, orderBy: { updatedAt: 'asc' }, take: 10, select: storySelect }) : none,
    newsroom ? db.article.findMany({ where: { ...mine, status: 'SCHEDULED' }, orderBy: { publishedAt: 'asc' }, take: 10, select: storySelect }) : none,
    newsroom ? db.article.findMany({ where: { ...mine, status: 'PUBLISHED' }, orderBy: { publishedAt: 'desc' }, take: 8, select: storySelect }) : none,
    newsroom ? db.article.findMany({ where: { authorId: user.id, status: 'DRAFT' }, orderBy: { updatedAt: 'desc' }, take: 10, select: storySelect }) : none,
    newsroom ? db.article.findMany({ where: { ...mine, notes: { some: { parentId: null, resolvedAt: null } } }, orderBy: { updatedAt: 'desc' }, take: 10, select: storySelect }) : none,
    seesRegistry
      ? db.auditEvent.findMany({
          where: { entity: { in: REGISTRY_AUDIT_ENTITIES } },
          orderBy: { id: 'desc' },
          take: 10,
          select: { id: true, action: true, entity: true, entityId: true, diff: true, createdAt: true, actor: { select: { name: true } } },
        })
      : none,
  ]);
  return {
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<DeskStory['status'], number>>,
    waiting,
    scheduled,
    published,
    drafts,
    noted,
    registry,
  };
}
