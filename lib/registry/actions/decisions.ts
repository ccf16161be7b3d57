'use server';
// The registrar's writes (REGISTRAR and ADMIN). Every one revalidates the registry tag,
// which every registry page, the home page's block and the stories' award boxes carry.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { tags } from '@/lib/platform/cache-tags';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { recordDecision } from '@/lib/registry/actions/record-decision';
import { decisionInputSchema, revokeDecisionSchema, withdrawRevocationSchema } from '@/lib/registry/schemas/writes';

/** Revoke a decision: it stays on record, marked, with the reason, and counts nowhere. */
export const revokeDecision = withRole(REGISTRY_ROLES, revokeDecisionSchema, async (input, _user, tx) => {
  const decision = await tx.decision.findUnique({ where: { id: input.id }, select: { id: true, number: true, status: true, signedAt: true } });
  if (!decision) throw new ActionError('Quyết định không còn tồn tại.');
  if (decision.status === 'REVOKED') throw new ActionError(`Quyết định số ${decision.number} đã bị thu hồi trước đó.`);
  if (input.revokedAt < decision.signedAt) throw new ActionError('Ngày thu hồi không thể trước ngày ký.', { revokedAt: ['Chọn ngày sau ngày ký quyết định'] });
  await tx.decision.update({ where: { id: decision.id }, data: { status: 'REVOKED', revokedAt: input.revokedAt, revocationReason: input.reason } });
  return {
    message: `Đã thu hồi Quyết định số ${decision.number}.`,
    audit: [{ action: 'decision.revoke', entity: 'decision', entityId: decision.id, diff: { before: { status: 'IN_FORCE' }, after: { status: 'REVOKED', reason: input.reason } } }],
    tags: [tags.registry, tags.sitemap],
  };
});

/**
 * Takes a revocation back: the decision is in force again and counted again everywhere. The
 * revocation (date, reason) and the reason for taking it back stay in the audit log.
 */
export const withdrawRevocation = withRole(REGISTRY_ROLES, withdrawRevocationSchema, async (input, _user, tx) => {
  await tx.$queryRaw`SELECT id FROM decisions WHERE id = ${input.id} FOR UPDATE`;
  const decision = await tx.decision.findUnique({ where: { id: input.id }, select: { id: true, number: true, status: true, revokedAt: true, revocationReason: true } });
  if (!decision) throw new ActionError('Quyết định không còn tồn tại.');
  if (decision.status !== 'REVOKED') throw new ActionError(`Quyết định số ${decision.number} đang có hiệu lực: không có việc thu hồi nào để hủy.`);
  await tx.decision.update({ where: { id: decision.id }, data: { status: 'IN_FORCE', revokedAt: null, revocationReason: null } });
  return {
    message: `Đã hủy việc thu hồi: Quyết định số ${decision.number} có hiệu lực trở lại.`,
    audit: [
      {
        action: 'decision.revoke.withdraw',
        entity: 'decision',
        entityId: decision.id,
        diff: { before: { status: 'REVOKED', revokedAt: decision.revokedAt?.toISOString().slice(0, 10) ?? null, reason: decision.revocationReason }, after: { status: 'IN_FORCE' }, withdrawalReason: input.reason },
      },
    ],
    tags: [tags.registry, tags.sitemap],
  };
});

/**
 * Record a decision with all its recipients in one transaction (lib/registry/actions/
 * record-decision.ts): every row is checked and a single error writes nothing.
 */
export const createDecision = withRole(REGISTRY_ROLES, decisionInputSchema, async (input, _user, tx) => recordDecision(tx, input));
