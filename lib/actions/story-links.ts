'use server';
// Linking stories to a decision or a campaign from the registry's side (the editor links
// records from the story's side). Registrars, editors and admins. The story pages' record
// boxes and the registry pages both change, so both tags are expired.
import { ActionError, withRole } from '@/lib/actions/with-role';
import { getCurrentUser, hasRole } from '@/lib/auth';
import { tags } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { searchTerms } from '@/lib/validations/search';
import { storyLinksSchema } from '@/lib/validations/registry-write';

const LINK_ROLES: readonly Role[] = ['ADMIN', 'REGISTRAR', 'EDITOR'];

export const setStoryLinks = withRole(LINK_ROLES, storyLinksSchema, async (input, _user, tx) => {
  const wanted = [...new Set(input.articleIds)];
  const [owner, found] = await Promise.all([
    input.kind === 'decision' ? tx.decision.findUnique({ where: { id: input.id }, select: { id: true } }) : tx.campaign.findUnique({ where: { id: input.id }, select: { id: true } }),
    tx.article.findMany({ where: { id: { in: wanted } }, select: { id: true } }),
  ]);
  if (!owner) throw new ActionError(input.kind === 'decision' ? 'Quyết định không còn tồn tại.' : 'Phong trào không còn tồn tại.');
  if (found.length !== wanted.length) throw new ActionError('Một bài viết được chọn không còn tồn tại.', { articleIds: ['Chọn lại bài viết'] });
  const before =
    input.kind === 'decision'
      ? (await tx.articleDecision.findMany({ where: { decisionId: input.id }, select: { articleId: true } })).map((l) => l.articleId)
      : (await tx.articleCampaign.findMany({ where: { campaignId: input.id }, select: { articleId: true } })).map((l) => l.articleId);
  if (input.kind === 'decision') {
    await tx.articleDecision.deleteMany({ where: { decisionId: input.id } });
    await tx.articleDecision.createMany({ data: wanted.map((articleId) => ({ articleId, decisionId: input.id })) });
  } else {
    await tx.articleCampaign.deleteMany({ where: { campaignId: input.id } });
    await tx.articleCampaign.createMany({ data: wanted.map((articleId) => ({ articleId, campaignId: input.id })) });
  }
  const touched = [...new Set([...before, ...wanted])];
  return {
    message: `Đã lưu ${wanted.length} bài viết liên quan.`,
    audit: [{ action: `${input.kind}.stories`, entity: input.kind, entityId: input.id, diff: { before, after: wanted } }],
    tags: [tags.registry, tags.articles, ...touched.map((id) => tags.article(id))],
  };
});

/** Stories to pick from (title search, newest first), for the roles that may link them. */
export async function findStories(q: string): Promise<{ id: string; label: string }[]> {
  const user = await getCurrentUser();
  if (!hasRole(user, LINK_ROLES)) return [];
  const terms = searchTerms(typeof q === 'string' ? q.slice(0, 120) : '').slice(0, 8);
  if (terms.length === 0) return [];
  const query = terms.map((t) => `${t}:*`).join(' & ');
  const rows = await db.$queryRaw<{ id: string; title: string; status: string }[]>`
    SELECT id, title, status::text AS status FROM articles WHERE search_vector @@ to_tsquery('simple', ${query}) ORDER BY updated_at DESC LIMIT 12`;
  return rows.map((r) => ({ id: r.id, label: `${r.title}${r.status === 'PUBLISHED' ? '' : ' (chưa đăng)'}` }));
}
