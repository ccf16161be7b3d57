'use server';
// Campaigns (REGISTRAR and ADMIN) and the commendation catalogue (ADMIN only: it is the
// legal list of honours, DOMAIN.md). Types in use are never deleted, only retired, so
// every past award keeps its honour.
import { randomBytes } from 'node:crypto';
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { tags } from '@/lib/platform/cache-tags';
import { ADMIN_ROLES, REGISTRY_ROLES } from '@/lib/auth/roles';
import { slugify } from '@/lib/common/slug';
import { campaignSchema, closeCampaignSchema, commendationTypeSchema } from '@/lib/registry/schemas/writes';

const registryTags = [tags.registry, tags.sitemap];

export const saveCampaign = withRole(REGISTRY_ROLES, campaignSchema, async (input, _user, tx) => {
  if (input.launchingUnitId && !(await tx.unit.findUnique({ where: { id: input.launchingUnitId }, select: { id: true } }))) {
    throw new ActionError('Đơn vị phát động không còn tồn tại.', { launchingUnitId: ['Chọn lại'] });
  }
  const fields = {
    name: input.name,
    theme: input.theme,
    kind: input.kind,
    launchingUnitId: input.launchingUnitId ?? null,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    occasion: input.occasion,
    description: input.description,
  };
  if (input.id) {
    const before = await tx.campaign.findUnique({ where: { id: input.id }, select: { name: true, startDate: true, endDate: true, kind: true, launchingUnitId: true } });
    if (!before) throw new ActionError('Phong trào không còn tồn tại.');
    await tx.campaign.update({ where: { id: input.id }, data: fields });
    return { message: `Đã lưu phong trào "${input.name}".`, data: { id: input.id }, audit: [{ action: 'campaign.update', entity: 'campaign', entityId: input.id, diff: { before, after: fields } }], tags: registryTags };
  }
  let slug = slugify(input.name, 80);
  if (await tx.campaign.findUnique({ where: { slug }, select: { id: true } })) slug = `${slug.slice(0, 70)}-${randomBytes(3).toString('hex')}`;
  const created = await tx.campaign.create({ data: { ...fields, slug }, select: { id: true } });
  return { message: `Đã tạo phong trào "${input.name}".`, data: { id: created.id }, audit: [{ action: 'campaign.create', entity: 'campaign', entityId: created.id, diff: { after: fields } }], tags: registryTags };
});

export const closeCampaign = withRole(REGISTRY_ROLES, closeCampaignSchema, async (input, _user, tx) => {
  const campaign = await tx.campaign.findUnique({ where: { id: input.id }, select: { name: true, closedAt: true, endDate: true } });
  if (!campaign) throw new ActionError('Phong trào không còn tồn tại.');
  if (campaign.closedAt) throw new ActionError('Phong trào đã được tổng kết, đóng trước đó.');
  const now = new Date();
  await tx.campaign.update({ where: { id: input.id }, data: { closedAt: now, endDate: campaign.endDate ?? now } });
  return { message: `Đã đóng phong trào "${campaign.name}".`, audit: [{ action: 'campaign.close', entity: 'campaign', entityId: input.id, diff: { closedAt: now.toISOString() } }], tags: registryTags };
});

export const saveCommendationType = withRole(ADMIN_ROLES, commendationTypeSchema, async (input, _user, tx) => {
  const clash = await tx.commendationType.findUnique({ where: { code: input.code }, select: { id: true } });
  if (clash && clash.id !== input.id) throw new ActionError('Mã này đã được dùng.', { code: ['Chọn mã khác'] });
  const fields = {
    code: input.code,
    name: input.name,
    kind: input.kind,
    issuingSystem: input.issuingSystem,
    level: input.level,
    authority: input.authority,
    recipientKinds: input.recipientKinds,
    legalBasis: input.legalBasis,
    description: input.description,
    rank: input.rank,
    active: input.active,
  };
  if (input.id) {
    const before = await tx.commendationType.findUnique({ where: { id: input.id }, select: { code: true, name: true, recipientKinds: true, level: true, active: true, rank: true } });
    if (!before) throw new ActionError('Danh hiệu / hình thức không còn tồn tại.');
    // Awards already given to a kind the type would no longer allow keep it valid: refuse.
    const dropped = before.recipientKinds.filter((k) => !input.recipientKinds.includes(k));
    if (dropped.length) {
      const used = await tx.award.count({
        where: { typeId: input.id, OR: dropped.map((k) => (k === 'INDIVIDUAL' ? { individualId: { not: null } } : k === 'COLLECTIVE' ? { collectiveId: { not: null } } : { unitId: { not: null } })) },
      });
      if (used) throw new ActionError(`Không bỏ được loại đối tượng đã có ${used} lượt khen thưởng.`, { recipientKinds: ['Giữ các loại đối tượng đã được khen'] });
    }
    await tx.commendationType.update({ where: { id: input.id }, data: fields });
    return { message: `Đã lưu "${input.name}".`, data: { id: input.id }, audit: [{ action: 'commendationType.update', entity: 'commendationType', entityId: input.id, diff: { before, after: fields } }], tags: registryTags };
  }
  let slug = slugify(input.name, 80);
  if (await tx.commendationType.findUnique({ where: { slug }, select: { id: true } })) slug = `${slug}-${input.code.toLowerCase()}`;
  const created = await tx.commendationType.create({ data: { ...fields, slug }, select: { id: true } });
  return { message: `Đã thêm "${input.name}" vào danh mục.`, data: { id: created.id }, audit: [{ action: 'commendationType.create', entity: 'commendationType', entityId: created.id, diff: { after: fields } }], tags: registryTags };
});
