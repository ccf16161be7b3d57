'use server';
// Newsroom writes: save (with revision and version check), the review workflow, scheduled
// publishing and restoring a revision. Each goes through withRole (authorize → zod →
// transaction → audit → revalidate); rules per story come from lib/auth/roles.ts.
import { FORBIDDEN } from '@/lib/common/action-state';
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { conflict, moveArticle, storyTags } from '@/lib/newsroom/story-changes';
import { schedulePublish } from '@/lib/newsroom/data/scheduled-publishing';
import { canEditArticle, canPublishArticles, canSubmitArticle, EDITOR_ROLES, NEWSROOM_ROLES } from '@/lib/auth/roles';
import { slugify } from '@/lib/common/slug';
import { articleRefSchema, articleInputSchema, restoreSchema, scheduleSchema, sendBackSchema, type ArticleInput } from '@/lib/newsroom/schemas/article';
import { formatDateTime } from '@/lib/common/format';
import { bodyMediaIds } from '@/lib/newsroom/schemas/article-body';

type Tx = Prisma.TransactionClient;

async function uniqueSlug(tx: Tx, wanted: string, ownId: string | undefined, explicit: boolean): Promise<string> {
  const base = wanted || 'bai-viet';
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const [article, old] = await Promise.all([
      tx.article.findUnique({ where: { slug: candidate }, select: { id: true } }),
      tx.articleSlug.findUnique({ where: { slug: candidate }, select: { articleId: true } }),
    ]);
    const taken = (article && article.id !== ownId) || (old && old.articleId !== ownId);
    if (!taken) return candidate;
    if (explicit) throw new ActionError('Đường dẫn này đã được bài khác dùng.', { slug: ['Đường dẫn đã được dùng, hãy chọn đường dẫn khác'] });
  }
  throw new ActionError('Không tìm được đường dẫn còn trống cho bài này.');
}

const linkKeys = ['decisionIds', 'campaignIds', 'unitIds', 'collectiveIds', 'individualIds'] as const;

async function checkReferences(tx: Tx, input: ArticleInput) {
  // Images the story uses are locked for share until the save commits, so a delete of one
  // of them (which locks it for update, lib/media/actions/media.ts) waits and then sees this use.
  const mediaIds = [...new Set([...(input.coverId ? [input.coverId] : []), ...bodyMediaIds(input.body)])];
  const foundMedia = mediaIds.length ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM media WHERE id = ANY(${mediaIds}) FOR SHARE` : [];
  const found = new Set(foundMedia.map((m) => m.id));
  if (input.coverId && !found.has(input.coverId)) throw new ActionError('Ảnh bìa không còn trong thư viện.', { coverId: ['Chọn lại ảnh bìa'] });
  if (mediaIds.some((id) => !found.has(id))) throw new ActionError('Một ảnh trong bài không còn trong thư viện.', { body: ['Xóa hoặc chọn lại ảnh bị thiếu trong nội dung'] });
  const [category, d, c, u, col, ind] = await Promise.all([
    tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true } }),
    tx.decision.count({ where: { id: { in: input.links.decisionIds } } }),
    tx.campaign.count({ where: { id: { in: input.links.campaignIds } } }),
    tx.unit.count({ where: { id: { in: input.links.unitIds } } }),
    tx.collective.count({ where: { id: { in: input.links.collectiveIds } } }),
    tx.individual.count({ where: { id: { in: input.links.individualIds } } }),
  ]);
  if (!category) throw new ActionError('Chuyên mục không còn tồn tại.', { categoryId: ['Chọn lại chuyên mục'] });
  const counts = [d, c, u, col, ind];
  linkKeys.forEach((key, i) => {
    if (counts[i] !== new Set(input.links[key]).size) throw new ActionError('Một hồ sơ khen thưởng được liên kết không còn tồn tại.', { links: ['Kiểm tra lại các hồ sơ liên kết'] });
  });
}

async function replaceRelations(tx: Tx, articleId: string, input: ArticleInput) {
  const tagRows = [];
  for (const name of [...new Set(input.tags.map((t) => t.replace(/\s+/g, ' ')))]) {
    const slug = slugify(name, 60);
    if (!slug) continue;
    tagRows.push(await tx.tag.upsert({ where: { slug }, update: {}, create: { slug, name }, select: { id: true, slug: true } }));
  }
  await Promise.all([
    tx.articleTag.deleteMany({ where: { articleId } }),
    tx.articleDecision.deleteMany({ where: { articleId } }),
    tx.articleCampaign.deleteMany({ where: { articleId } }),
    tx.articleUnit.deleteMany({ where: { articleId } }),
    tx.articleCollective.deleteMany({ where: { articleId } }),
    tx.articleIndividual.deleteMany({ where: { articleId } }),
  ]);
  const uniq = (ids: string[]) => [...new Set(ids)];
  await Promise.all([
    tx.articleTag.createMany({ data: uniq(tagRows.map((t) => t.id)).map((tagId) => ({ articleId, tagId })) }),
    tx.articleDecision.createMany({ data: uniq(input.links.decisionIds).map((decisionId) => ({ articleId, decisionId })) }),
    tx.articleCampaign.createMany({ data: uniq(input.links.campaignIds).map((campaignId) => ({ articleId, campaignId })) }),
    tx.articleUnit.createMany({ data: uniq(input.links.unitIds).map((unitId) => ({ articleId, unitId })) }),
    tx.articleCollective.createMany({ data: uniq(input.links.collectiveIds).map((collectiveId) => ({ articleId, collectiveId })) }),
    tx.articleIndividual.createMany({ data: uniq(input.links.individualIds).map((individualId) => ({ articleId, individualId })) }),
  ]);
  return tagRows.map((t) => t.slug);
}

function revisionMeta(input: ArticleInput, slug: string) {
  return {
    slug,
    categoryId: input.categoryId,
    tags: input.tags,
    coverId: input.coverId ?? null,
    coverCaption: input.coverCaption ?? null,
    layout: input.layout,
    byline: input.byline ?? null,
    seoTitle: input.seoTitle ?? null,
    seoDescription: input.seoDescription ?? null,
    featured: input.featured,
    links: input.links,
  };
}

const hasAnyLink = (input: Pick<ArticleInput, 'links'>) => linkKeys.some((k) => input.links[k].length > 0);

/** Create or save a story; every save keeps a revision and must present the version it started from. */
export const saveArticle = withRole(NEWSROOM_ROLES, articleInputSchema, async (input, user, tx) => {
  const existing = input.id
    ? await tx.article.findUnique({
        where: { id: input.id },
        select: {
          id: true,
          slug: true,
          status: true,
          authorId: true,
          version: true,
          featured: true,
          publishedAt: true,
          title: true,
          categoryId: true,
          layout: true,
          oldSlugs: { select: { slug: true } },
          tags: { select: { tag: { select: { slug: true } } } },
        },
      })
    : null;
  if (input.id && !existing) throw new ActionError('Bài viết không còn tồn tại.');
  if (existing && !canEditArticle(user, existing)) {
    throw new ActionError(existing.status === 'DRAFT' ? FORBIDDEN : 'Bài đã gửi duyệt hoặc đã đăng: chỉ biên tập viên được sửa.');
  }
  if (existing && existing.version !== input.version) await conflict(tx, existing.id);
  await checkReferences(tx, input);

  const slug = await uniqueSlug(tx, input.slug || slugify(input.title), existing?.id, input.slug !== '');
  // Only editors put a story on the home page's featured row.
  const featured = canPublishArticles(user) ? input.featured : (existing?.featured ?? false);
  const fields = {
    title: input.title,
    sapo: input.sapo,
    slug,
    body: input.body as Prisma.InputJsonValue,
    categoryId: input.categoryId,
    coverId: input.coverId ?? null,
    coverCaption: input.coverCaption ?? null,
    layout: input.layout,
    byline: input.byline ?? null,
    seoTitle: input.seoTitle ?? null,
    seoDescription: input.seoDescription ?? null,
    featured,
  };

  let id: string;
  let version: number;
  if (existing) {
    const updated = await tx.article.updateMany({ where: { id: existing.id, version: input.version }, data: { ...fields, version: { increment: 1 } } });
    if (updated.count === 0) await conflict(tx, existing.id);
    id = existing.id;
    version = input.version + 1;
    if (existing.slug !== slug) {
      // A story that readers may have seen keeps its old address as a redirect.
      if (existing.publishedAt) await tx.articleSlug.upsert({ where: { slug: existing.slug }, update: { articleId: id }, create: { slug: existing.slug, articleId: id } });
      await tx.articleSlug.deleteMany({ where: { slug, articleId: id } });
    }
  } else {
    const created = await tx.article.create({ data: { ...fields, authorId: user.id, status: 'DRAFT', version: 1 }, select: { id: true } });
    id = created.id;
    version = 1;
  }
  const tagSlugs = await replaceRelations(tx, id, input);
  await tx.articleRevision.create({
    data: { articleId: id, version, title: input.title, sapo: input.sapo, body: input.body as Prisma.InputJsonValue, meta: revisionMeta(input, slug), editorId: user.id },
  });

  const isPublic = existing?.status === 'PUBLISHED';
  const slugs = [slug, ...(existing ? [existing.slug, ...existing.oldSlugs.map((s) => s.slug)] : [])];
  return {
    message: existing ? `Đã lưu (phiên bản ${version}).` : 'Đã tạo bản nháp.',
    data: { id, version, slug },
    // The text itself is in the revisions (each save keeps one); the log keeps what changed around it.
    audit: [
      {
        action: existing ? 'article.update' : 'article.create',
        entity: 'article',
        entityId: id,
        diff: {
          ...(existing
            ? { before: { version: existing.version, title: existing.title, slug: existing.slug, categoryId: existing.categoryId, layout: existing.layout, featured: existing.featured, tags: existing.tags.map((t) => t.tag.slug) } }
            : {}),
          after: { version, title: input.title, slug, categoryId: input.categoryId, layout: input.layout, featured, tags: tagSlugs },
        },
      },
    ],
    tags: storyTags(id, isPublic, isPublic, slugs, hasAnyLink(input)),
  };
});

const editorOnly = (user: { id: string; role: Role }) => canPublishArticles(user);

export const submitArticle = withRole(NEWSROOM_ROLES, articleRefSchema, async (ref, user, tx) => {
  const moved = await moveArticle(tx, user, ref, { from: ['DRAFT'], to: 'IN_REVIEW', allowed: canSubmitArticle, refusal: 'Chỉ bản nháp mới gửi duyệt được.' }, () => ({ reviewNote: null }));
  return { message: 'Đã gửi bài cho biên tập viên duyệt.', data: { version: moved.version }, audit: [{ action: 'article.submit', entity: 'article', entityId: ref.id, diff: moved.diff }], tags: moved.tags };
});

export const sendBackArticle = withRole(EDITOR_ROLES, sendBackSchema, async (input, user, tx) => {
  const moved = await moveArticle(tx, user, input, { from: ['IN_REVIEW'], to: 'DRAFT', allowed: editorOnly, refusal: 'Chỉ bài đang chờ duyệt mới trả lại được.' }, () => ({ reviewNote: input.note }));
  return { message: 'Đã trả bài cho tác giả kèm ghi chú.', data: { version: moved.version }, audit: [{ action: 'article.send_back', entity: 'article', entityId: input.id, diff: { ...moved.diff, after: { ...moved.diff.after, reviewNote: input.note } } }], tags: moved.tags };
});

export const publishArticle = withRole(EDITOR_ROLES, articleRefSchema, async (ref, user, tx) => {
  const now = new Date();
  const moved = await moveArticle(
    tx,
    user,
    ref,
    { from: ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'ARCHIVED'], to: 'PUBLISHED', allowed: editorOnly, refusal: 'Bài đã được đăng.' },
    // A story put back online keeps its first publication time; a scheduled one goes out now.
    (current) => ({ publishedAt: current.publishedAt && current.publishedAt <= now ? current.publishedAt : now, reviewNote: null }),
  );
  return { message: 'Đã đăng bài.', data: { version: moved.version }, audit: [{ action: 'article.publish', entity: 'article', entityId: ref.id, diff: moved.diff }], tags: moved.tags };
});

export const scheduleArticle = withRole(EDITOR_ROLES, scheduleSchema, async (input, user, tx) => {
  if (input.publishAt.getTime() <= Date.now()) throw new ActionError('Thời điểm hẹn đăng đã qua: hãy chọn một thời điểm trong tương lai.', { publishAt: ['Chọn thời điểm trong tương lai'] });
  const moved = await moveArticle(
    tx,
    user,
    input,
    { from: ['DRAFT', 'IN_REVIEW', 'SCHEDULED'], to: 'SCHEDULED', allowed: editorOnly, refusal: 'Bài đã đăng: hãy gỡ bài trước khi hẹn giờ lại.' },
    () => ({ publishedAt: input.publishAt }),
  );
  return {
    // Queued after the commit; if queueing fails, the once-a-minute sweep still publishes it.
    afterCommit: () => schedulePublish(input.id, input.publishAt),
    message: `Đã hẹn đăng lúc ${formatDateTime(input.publishAt)}.`,
    data: { version: moved.version },
    audit: [{ action: 'article.schedule', entity: 'article', entityId: input.id, diff: { ...moved.diff, after: { ...moved.diff.after, publishedAt: input.publishAt.toISOString() } } }],
    tags: moved.tags,
  };
});

export const unpublishArticle = withRole(EDITOR_ROLES, articleRefSchema, async (ref, user, tx) => {
  const moved = await moveArticle(tx, user, ref, { from: ['PUBLISHED', 'SCHEDULED'], to: 'ARCHIVED', allowed: editorOnly, refusal: 'Bài chưa được đăng.' }, () => ({}));
  return { message: 'Đã gỡ bài khỏi trang.', data: { version: moved.version }, audit: [{ action: 'article.unpublish', entity: 'article', entityId: ref.id, diff: moved.diff }], tags: moved.tags };
});

/** Bring back a revision's content as a new save (the history keeps both). */
export const restoreRevision = withRole(NEWSROOM_ROLES, restoreSchema, async (input, user, tx) => {
  const [article, revision] = await Promise.all([
    tx.article.findUnique({ where: { id: input.id }, select: { id: true, slug: true, status: true, authorId: true, version: true, oldSlugs: { select: { slug: true } } } }),
    tx.articleRevision.findFirst({ where: { id: input.revisionId, articleId: input.id } }),
  ]);
  if (!article || !revision) throw new ActionError('Không tìm thấy phiên bản này.');
  if (!canEditArticle(user, article)) throw new ActionError(FORBIDDEN);
  if (article.version !== input.version) await conflict(tx, article.id);
  // Images deleted from the library since that version are left out (and said so), with
  // the same lock a save takes on the images it keeps.
  const wanted = bodyMediaIds(revision.body);
  const kept = new Set(
    wanted.length ? (await tx.$queryRaw<{ id: string }[]>`SELECT id FROM media WHERE id = ANY(${wanted}) FOR SHARE`).map((m) => m.id) : [],
  );
  const missing = wanted.filter((id) => !kept.has(id));
  const original = revision.body as { type: string; content?: { type: string; attrs?: { mediaId?: string } }[] };
  const body = missing.length
    ? { ...original, content: (original.content ?? []).filter((b) => !(b.type === 'image' && b.attrs?.mediaId && missing.includes(b.attrs.mediaId))) }
    : original;
  const updated = await tx.article.updateMany({
    where: { id: article.id, version: input.version },
    data: { title: revision.title, sapo: revision.sapo, body: body as Prisma.InputJsonValue, version: { increment: 1 } },
  });
  if (updated.count === 0) await conflict(tx, article.id);
  const version = input.version + 1;
  const latest = await tx.articleRevision.findFirst({ where: { articleId: article.id }, orderBy: { version: 'desc' }, select: { meta: true } });
  await tx.articleRevision.create({
    data: { articleId: article.id, version, title: revision.title, sapo: revision.sapo, body: body as Prisma.InputJsonValue, meta: (latest?.meta ?? {}) as Prisma.InputJsonValue, editorId: user.id, note: `Khôi phục phiên bản ${revision.version}` },
  });
  const isPublic = article.status === 'PUBLISHED';
  return {
    message: `Đã khôi phục nội dung phiên bản ${revision.version} (lưu thành phiên bản ${version}).${missing.length ? ` ${missing.length} ảnh đã bị xóa khỏi thư viện nên không còn trong bài.` : ''}`,
    data: { version },
    audit: [{ action: 'article.restore', entity: 'article', entityId: article.id, diff: { before: { version: input.version }, after: { version, restoredFrom: revision.version, title: revision.title } } }],
    tags: storyTags(article.id, isPublic, isPublic, [article.slug, ...article.oldSlugs.map((s) => s.slug)], false),
  };
});
