'use server';
// An administrator takes back one edit of a person or a collective from the audit log: the
// fields it changed go back to what they were, the undo is itself audited (naming the entry
// it undoes), and an entry is undone once. Refused, naming the field, when the record has
// been changed again since in a field the edit touched (undoing would silently overwrite
// that later change); a move between units is undone only while the person is still where
// it put them, and their history of units goes back with it.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { ADMIN_ROLES } from '@/lib/auth/roles';
import { tags } from '@/lib/platform/cache-tags';
import { formatDate, formatDateTime } from '@/lib/common/format';
import type { Prisma } from '@/lib/generated/prisma/client';
import { undoRecordEditSchema } from '@/lib/registry/schemas/writes';
import { RECORD_UNDO_ACTION, RECORD_UNDOABLE, recordFieldLabels } from '@/lib/registry/record-undo';

type Values = Prisma.InputJsonObject;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const shown = (v: unknown) => (v === null || v === undefined || v === '' ? '(trống)' : typeof v === 'boolean' ? (v ? 'có' : 'không') : String(v));

/** The fields an edit changed whose value is no longer what the edit left, as words. */
function changedSince(before: Values, after: Values, now: Values): string[] {
  return Object.keys(after)
    .filter((k) => !same(before[k], after[k]) && !same(now[k], after[k]))
    .map((k) => `${recordFieldLabels[k] ?? k} đã đổi tiếp sau đó (nay là "${shown(now[k])}")`);
}

export const undoRecordEdit = withRole(ADMIN_ROLES, undoRecordEditSchema, async (input, user, tx) => {
  const auditId = BigInt(input.auditId);
  await tx.$queryRaw`SELECT id FROM audit_events WHERE id = ${auditId} FOR UPDATE`;
  const entry = await tx.auditEvent.findUnique({ where: { id: auditId }, select: { action: true, entity: true, entityId: true, diff: true, createdAt: true } });
  if (!entry || !RECORD_UNDOABLE.includes(entry.action as (typeof RECORD_UNDOABLE)[number])) throw new ActionError('Mục nhật ký này không hoàn tác được từ đây.');
  const undone = await tx.auditEvent.findFirst({ where: { action: RECORD_UNDO_ACTION, entity: entry.entity, entityId: entry.entityId, diff: { path: ['auditId'], equals: input.auditId } }, select: { createdAt: true } });
  if (undone) throw new ActionError(`Thay đổi này đã được hoàn tác lúc ${formatDateTime(undone.createdAt)}.`);
  const diff = entry.diff as { before: Values; after: Values; movedAt?: string };
  let subject: string;

  if (entry.action === 'individual.update' || entry.action === 'individual.move') {
    await tx.$queryRaw`SELECT id FROM individuals WHERE id = ${entry.entityId} FOR UPDATE`;
    const now = await tx.individual.findUnique({ where: { id: entry.entityId }, select: { fullName: true, position: true, gender: true, birthYear: true, publicationConsent: true, unitId: true } });
    if (!now) throw new ActionError('Hồ sơ không còn tồn tại.');
    subject = now.fullName;
    if (entry.action === 'individual.update') {
      const changed = changedSince(diff.before, diff.after, now);
      if (changed.length) throw new ActionError(`Không hoàn tác được: ${changed.join('; ')}. Hãy sửa trực tiếp hồ sơ.`);
      await tx.individual.update({ where: { id: entry.entityId }, data: restored(diff) as Prisma.IndividualUpdateInput });
    } else {
      const movedAt = new Date(`${diff.movedAt}T00:00:00Z`);
      const from = diff.before as { unitId: string; position: string | null };
      const to = diff.after as { unitId: string; position: string | null };
      if (now.unitId !== to.unitId) throw new ActionError(`Không hoàn tác được: ${now.fullName} đã chuyển tiếp sang đơn vị khác sau đó. Hãy hoàn tác lần chuyển sau trước.`);
      const opened = await tx.individualUnitHistory.findFirst({ where: { individualId: entry.entityId, unitId: to.unitId, startedAt: movedAt, endedAt: null }, select: { id: true } });
      const closed = await tx.individualUnitHistory.findFirst({ where: { individualId: entry.entityId, unitId: from.unitId, endedAt: movedAt }, orderBy: { startedAt: 'desc' }, select: { id: true } });
      if (!opened || !closed) throw new ActionError(`Không hoàn tác được: quá trình công tác của ${now.fullName} đã được sửa sau lần chuyển này.`);
      await formerUnitStands(tx, from.unitId);
      await tx.individualUnitHistory.delete({ where: { id: opened.id } });
      await tx.individualUnitHistory.update({ where: { id: closed.id }, data: { endedAt: null } });
      await tx.individual.update({ where: { id: entry.entityId }, data: { unitId: from.unitId, position: from.position } });
    }
  } else {
    await tx.$queryRaw`SELECT id FROM collectives WHERE id = ${entry.entityId} FOR UPDATE`;
    const now = await tx.collective.findUnique({ where: { id: entry.entityId }, select: { name: true, description: true, unitId: true, active: true } });
    if (!now) throw new ActionError('Tập thể không còn tồn tại.');
    subject = now.name;
    const changed = changedSince(diff.before, diff.after, now);
    if (changed.length) throw new ActionError(`Không hoàn tác được: ${changed.join('; ')}. Hãy sửa trực tiếp tập thể.`);
    const back = restored(diff) as { unitId?: string };
    if (back.unitId) await formerUnitStands(tx, back.unitId);
    await tx.collective.update({ where: { id: entry.entityId }, data: back as Prisma.CollectiveUncheckedUpdateInput });
  }

  return {
    message: `Đã hoàn tác thay đổi của ${subject} lúc ${formatDateTime(entry.createdAt)}${diff.movedAt ? ` (chuyển đơn vị từ ${formatDate(diff.movedAt)})` : ''}.`,
    audit: [{ action: RECORD_UNDO_ACTION, entity: entry.entity, entityId: entry.entityId, diff: { auditId: input.auditId, undoes: entry.action, reason: input.reason, before: diff.after, after: diff.before } }],
    tags: [tags.registry, tags.sitemap],
  };
});

/** The unit a record would go back to must still be in the structure (not merged, split or dissolved since). */
async function formerUnitStands(tx: Prisma.TransactionClient, unitId: string) {
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { name: true, endedOn: true } });
  if (!unit) throw new ActionError('Không hoàn tác được: đơn vị cũ không còn tồn tại.');
  if (unit.endedOn) throw new ActionError(`Không hoàn tác được: đơn vị cũ "${unit.name}" đã chấm dứt từ ngày ${formatDate(unit.endedOn)}. Hãy chuyển trực tiếp sang đơn vị đang hoạt động.`);
}

/** The fields the edit changed, with the values they had before it. */
function restored(diff: { before: Values; after: Values }): Values {
  return Object.fromEntries(Object.keys(diff.after).filter((k) => !same(diff.before[k], diff.after[k])).map((k) => [k, diff.before[k] ?? null]));
}
