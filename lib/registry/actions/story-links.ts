'use server';
// Linking stories to a decision or a campaign from the registry's side (the editor links
// records from the story's side). Registrars, editors and admins. The story pages' record
// boxes and the registry pages both change, so both tags are expired.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { hasRole } from '@/lib/auth/session';
import { tags } from '@/lib/platform/cache-tags';
import { EDITOR_ROLES, STORY_LINK_ROLES } from '@/lib/auth/roles';
import { storyLinksSchema } from '@/lib/registry/schemas/writes';

export const setStoryLinks = withRole(STORY_LINK_ROLES, storyLinksSchema, async (input, user, tx) => {
  const wanted = [...new Set(input.articleIds)];
  const owner = input.kind === 'decision' ? await tx.decision.findUnique({ where: { id: input.id }, select: { id: true } }) : await tx.campaign.findUnique({ where: { id: input.id }, select: { id: true } });
  if (!owner) throw new ActionError(input.kind === 'decision' ? 'Quyết định không còn tồn tại.' : 'Phong trào không còn tồn tại.');
  const before =
    input.kind === 'decision'
      ? (await tx.articleDecision.findMany({ where: { decisionId: input.id }, select: { articleId: true } })).map((l) => l.articleId)
      : (await tx.articleCampaign.findMany({ where: { campaignId: input.id }, select: { articleId: true } })).map((l) => l.articleId);
  // Outside the newsroom only published stories can be linked (a link the newsroom made
  // to a story not yet out is kept as it is).
  const visible = hasRole(user, EDITOR_ROLES) ? {} : { OR: [{ status: 'PUBLISHED' as const }, { id: { in: before } }] };
  const found = await tx.article.findMany({ where: { id: { in: wanted }, ...visible }, select: { id: true } });
  if (found.length !== wanted.length) throw new ActionError('Một bài viết được chọn không còn tồn tại hoặc chưa được đăng.', { articleIds: ['Chọn lại bài viết'] });
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
