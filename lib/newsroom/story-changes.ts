// What the newsroom's writes share (lib/newsroom/actions/articles.ts and corrections.ts):
// the refusal that names who saved in between, the cache tags a story's change touches,
// and the status move every workflow step makes with its version check. Not a 'use server'
// module: nothing here is callable from a browser.
import 'server-only';
import { FORBIDDEN } from '@/lib/common/action-state';
import { formatDateTime } from '@/lib/common/format';
import { ActionError } from '@/lib/db/commit';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ArticleStatus, Role } from '@/lib/generated/prisma/enums';
import { tags as cacheTags } from '@/lib/platform/cache-tags';

type Tx = Prisma.TransactionClient;

const MOVED_ON = (who: string, when: Date, version: number) =>
  `Bài đã được ${who} lưu lúc ${formatDateTime(when)} (phiên bản ${version}) trong khi bạn đang sửa. Thay đổi của bạn CHƯA được lưu và vẫn còn trong trình soạn thảo: hãy sao chép phần của mình, tải lại bài rồi sửa tiếp.`;

export async function conflict(tx: Tx, id: string): Promise<never> {
  const last = await tx.article.findUnique({
    where: { id },
    select: { version: true, updatedAt: true, revisions: { orderBy: { version: 'desc' }, take: 1, select: { editor: { select: { name: true } } } } },
  });
  if (!last) throw new ActionError('Bài viết không còn tồn tại.');
  throw new ActionError(MOVED_ON(last.revisions[0]?.editor?.name ?? 'người khác', last.updatedAt, last.version));
}

/** Tags a change to a story touches: everything public when it is (or was) on the site. */
export function storyTags(id: string, wasPublic: boolean, isPublic: boolean, slugs: string[], hasLinks: boolean): string[] {
  if (!wasPublic && !isPublic) return [cacheTags.article(id)];
  return [
    cacheTags.articles,
    cacheTags.sitemap,
    cacheTags.article(id),
    ...slugs.map((s) => cacheTags.articleSlug(s)),
    ...(hasLinks ? [cacheTags.registry] : []),
  ];
}

export interface Transition {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  allowed: (user: { id: string; role: Role }, article: { authorId: string; status: ArticleStatus }) => boolean;
  refusal: string;
}

export async function moveArticle(
  tx: Tx,
  user: { id: string; role: Role },
  ref: { id: string; version: number },
  t: Transition,
  extra: (current: { publishedAt: Date | null }) => Prisma.ArticleUpdateManyMutationInput,
) {
  const article = await tx.article.findUnique({
    where: { id: ref.id },
    select: { id: true, slug: true, status: true, authorId: true, version: true, publishedAt: true, oldSlugs: { select: { slug: true } }, _count: { select: { decisions: true, campaigns: true, units: true, collectives: true, individuals: true } } },
  });
  if (!article) throw new ActionError('Bài viết không còn tồn tại.');
  if (!t.allowed(user, article)) throw new ActionError(FORBIDDEN);
  if (article.version !== ref.version) await conflict(tx, article.id);
  if (!t.from.includes(article.status)) throw new ActionError(t.refusal);
  const updated = await tx.article.updateMany({ where: { id: article.id, version: ref.version }, data: { status: t.to, version: { increment: 1 }, ...extra(article) } });
  if (updated.count === 0) await conflict(tx, article.id);
  const wasPublic = article.status === 'PUBLISHED';
  const isPublic = t.to === 'PUBLISHED';
  const links = Object.values(article._count).some((n) => n > 0);
  return {
    article,
    version: ref.version + 1,
    // Before → after for the log; an action adds what else it changed.
    diff: { before: { status: article.status, version: ref.version, publishedAt: article.publishedAt?.toISOString() ?? null }, after: { status: t.to, version: ref.version + 1 } },
    tags: storyTags(article.id, wasPublic, isPublic, [article.slug, ...article.oldSlugs.map((s) => s.slug)], links),
  };
}

