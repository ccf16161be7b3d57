'use server';
// Eligibility rules are the legal catalogue's criteria: administrators only. A save never
// overwrites: it inserts the rule's next version (the database refuses updates and deletes
// of versions), and the audit log keeps who wrote it and why.
import { randomBytes } from 'node:crypto';
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { ADMIN_ROLES } from '@/lib/auth/roles';
import { slugify } from '@/lib/common/slug';
import { tags } from '@/lib/platform/cache-tags';
import { ruleVersionSchema } from '@/lib/registry/schemas/eligibility';

export const saveRuleVersion = withRole(ADMIN_ROLES, ruleVersionSchema, async (input, user, tx) => {
  const type = await tx.commendationType.findUnique({ where: { code: input.typeCode }, select: { id: true, name: true } });
  if (!type) throw new ActionError('Danh hiệu / hình thức không còn tồn tại.', { typeCode: ['Chọn lại'] });
  let ruleKey = input.ruleKey;
  let version = 1;
  if (ruleKey) {
    const latest = await tx.eligibilityRule.findFirst({ where: { ruleKey }, orderBy: { version: 'desc' }, select: { version: true, typeId: true } });
    if (!latest) throw new ActionError('Quy tắc không còn tồn tại.');
    if (latest.typeId !== type.id) throw new ActionError('Một quy tắc không chuyển sang danh hiệu khác: tạo quy tắc mới.', { typeCode: ['Giữ danh hiệu của quy tắc'] });
    // Made from an older version than the latest: another administrator saved in between.
    if (latest.version !== input.fromVersion) throw new ActionError(`Phiên bản ${latest.version} của quy tắc này vừa được người khác lưu. Tải lại trang để xem rồi lưu lại.`);
    version = latest.version + 1;
  } else {
    ruleKey = `${slugify(input.typeCode, 20)}-${slugify(input.statement, 30)}-${randomBytes(2).toString('hex')}`.replace(/-+/g, '-');
  }
  const fields = {
    statement: input.statement,
    condition: input.condition,
    legalSource: input.legalSource,
    article: input.article ?? null,
    effectiveFrom: input.effectiveFrom,
    effectiveTo: input.effectiveTo ?? null,
    confirmation: input.confirmation,
    note: input.note,
    withdrawn: input.withdrawn,
  };
  // (rule_key, version) is unique: of two saving from the same version at the same moment, the second is refused.
  const created = await tx.eligibilityRule.create({ data: { ruleKey, version, typeId: type.id, createdById: user.id, ...fields }, select: { id: true } }).catch((error: unknown) => {
    if ((error as { code?: string }).code === 'P2002') throw new ActionError(`Phiên bản ${version} của quy tắc này vừa được người khác lưu. Tải lại trang để xem rồi lưu lại.`);
    throw error;
  });
  return {
    message: `Đã lưu phiên bản ${version} của tiêu chuẩn "${type.name}".`,
    data: { id: created.id, ruleKey, version },
    audit: [{ action: 'eligibilityRule.version', entity: 'eligibilityRule', entityId: created.id, diff: { ruleKey, version, after: fields } }],
    tags: [tags.registry],
  };
});
