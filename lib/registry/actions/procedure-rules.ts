'use server';
// A new version of a rule of procedure (the council's pass share, the comment period's
// working days): administrators only, as for the eligibility rules. Nothing is rewritten:
// the next version is inserted (the table refuses updates and deletes), from the version
// the form was made from.
import { ADMIN_ROLES } from '@/lib/auth/roles';
import { withRole } from '@/lib/auth/with-role';
import { ActionError } from '@/lib/db/commit';
import { tags } from '@/lib/platform/cache-tags';
import { procedureRuleVersionSchema } from '@/lib/registry/schemas/council';

const STALE = (v: number) => `Phiên bản ${v} của quy định này vừa được người khác lưu. Tải lại trang để xem rồi lưu lại.`;

export const saveProcedureRuleVersion = withRole(ADMIN_ROLES, procedureRuleVersionSchema, async (input, user, tx) => {
  const latest = await tx.procedureRule.findFirst({ where: { ruleKey: input.ruleKey }, orderBy: { version: 'desc' }, select: { version: true, typeId: true, kind: true } });
  if (!latest) throw new ActionError('Quy định không còn tồn tại.');
  if (latest.version !== input.fromVersion) throw new ActionError(STALE(latest.version));
  const council = latest.kind === 'COUNCIL_VOTE';
  if (council) {
    const { shareNumerator: n, shareDenominator: d } = input;
    if (!n || !d || n < 1 || d < 1 || n > d || !input.base) throw new ActionError('Ghi tỷ lệ phiếu (tử số ≤ mẫu số, ví dụ 90/100) và cách tính.', { shareNumerator: ['Tỷ lệ không hợp lệ'] });
  } else if (!input.workingDays || input.workingDays < 1 || input.workingDays > 60) {
    throw new ActionError('Ghi số ngày làm việc (1–60).', { workingDays: ['Số ngày không hợp lệ'] });
  }
  const fields = {
    shareNumerator: council ? input.shareNumerator! : null,
    shareDenominator: council ? input.shareDenominator! : null,
    base: council ? input.base! : null,
    writtenVotes: council ? input.writtenVotes : false,
    workingDays: council ? null : input.workingDays!,
    statement: input.statement,
    legalSource: input.legalSource,
    article: input.article,
    effectiveFrom: input.effectiveFrom,
    effectiveTo: input.effectiveTo ?? null,
    confirmation: input.confirmation,
    note: input.note,
    withdrawn: input.withdrawn,
  };
  const version = latest.version + 1;
  const created = await tx.procedureRule
    .create({ data: { ruleKey: input.ruleKey, version, typeId: latest.typeId, kind: latest.kind, ...fields }, select: { id: true } })
    .catch((error: unknown) => {
      // Two saves from the same version at the same moment: the unique (rule_key, version) decides.
      if ((error as { code?: string }).code === 'P2002') throw new ActionError(STALE(latest.version));
      throw error;
    });
  return {
    message: `Đã lưu phiên bản ${version} của quy định.`,
    data: { id: created.id, version },
    audit: [{ action: 'procedureRule.version', entity: 'procedureRule', entityId: created.id, diff: { ruleKey: input.ruleKey, version, by: user.id, after: { ...fields, effectiveFrom: fields.effectiveFrom.toISOString().slice(0, 10) } } }],
    tags: [tags.registry],
  };
});
