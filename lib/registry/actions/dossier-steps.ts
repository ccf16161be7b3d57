'use server';
// A dossier's way up: the unit sends it; each level above (its officers, or officers above
// them) sends it on, returns it one level down with a reason, leaves a row out or proposes
// a higher form for it; the authority's registrars accept it and turn it into a decision.
// Every step is kept (dossier_steps) with who, when, from where to where and why.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { PIPELINE_ROLES, REGISTRY_ROLES } from '@/lib/auth/roles';
import { tags } from '@/lib/platform/cache-tags';
import type { CurrentUser } from '@/lib/auth/session';
import type { Prisma } from '@/lib/generated/prisma/client';
import { openDossier, recordStep } from '@/lib/registry/actions/dossier-access';
import { recordDecision } from '@/lib/registry/actions/record-decision';
import { assertProceduresDone } from '@/lib/registry/council/decision-gate';
import { levelAbove, levelBelow } from '@/lib/registry/data/dossiers';
import { actsAt } from '@/lib/registry/data/scope';
import { decideDossierSchema, dossierStepSchema, raiseRowSchema, rejectRowSchema, restoreRowSchema, returnDossierSchema } from '@/lib/registry/schemas/pipeline';

const NOT_HERE = 'Hồ sơ không ở cấp của bạn lúc này.';

/** The unit sends its dossier (a draft, or returned and fixed) to the level above. */
export const submitDossier = withRole(PIPELINE_ROLES, dossierStepSchema, async (input, user, tx) => {
  const { scope, dossier, route } = await openDossier(tx, user, input.id, input.version);
  if (dossier.status !== 'DRAFT' && dossier.status !== 'RETURNED') throw new ActionError('Hồ sơ đã được gửi đi.');
  if (!actsAt(scope, dossier.holderUnitId) || (scope.all && scope.role === 'REGISTRAR')) throw new ActionError(NOT_HERE);
  const rows = await tx.dossierRow.findMany({ where: { dossierId: dossier.id, rejected: false }, select: { position: true, achievement: true, newName: true, individual: { select: { fullName: true } }, collective: { select: { name: true } }, unit: { select: { name: true } } } });
  if (rows.length === 0) throw new ActionError('Hồ sơ chưa có ai được đề nghị.');
  const missing = rows.filter((r) => r.achievement.trim().length < 5);
  if (missing.length) {
    const names = missing.slice(0, 5).map((r) => r.individual?.fullName ?? r.collective?.name ?? r.unit?.name ?? r.newName);
    throw new ActionError(`Còn ${missing.length.toLocaleString('vi-VN')} dòng chưa tóm tắt thành tích (${names.join(', ')}${missing.length > 5 ? ', …' : ''}).`);
  }
  const to = levelAbove(route, dossier.unitId);
  await tx.dossier.update({ where: { id: dossier.id }, data: { status: 'SUBMITTED', holderUnitId: to.unitId, submittedAt: dossier.submittedAt ?? new Date() } });
  await recordStep(tx, user, dossier.id, 'SUBMIT', { from: dossier.unit.name, to: to.name, note: input.note });
  return {
    message: `Đã gửi hồ sơ ${dossier.code} lên ${to.name}.`,
    audit: [{ action: 'dossier.submit', entity: 'dossier', entityId: dossier.id, diff: { before: { status: dossier.status }, after: { status: 'SUBMITTED', holder: to.name } } }],
    tags: [],
  };
});

/** A level above the unit agrees and sends the dossier on to the next level. */
export const forwardDossier = withRole(PIPELINE_ROLES, dossierStepSchema, async (input, user, tx) => {
  const { scope, dossier, route } = await openDossier(tx, user, input.id, input.version);
  if (dossier.status !== 'SUBMITTED' || dossier.holderUnitId === null) throw new ActionError(dossier.status === 'SUBMITTED' ? 'Hồ sơ đã ở cấp quyết định: tiếp nhận thay vì chuyển lên.' : 'Hồ sơ không ở trạng thái chờ xét.');
  if (!actsAt(scope, dossier.holderUnitId)) throw new ActionError(NOT_HERE);
  const from = route.find((l) => l.unitId === dossier.holderUnitId)?.name ?? '';
  const to = levelAbove(route, dossier.holderUnitId);
  await tx.dossier.update({ where: { id: dossier.id }, data: { holderUnitId: to.unitId } });
  await recordStep(tx, user, dossier.id, 'FORWARD', { from, to: to.name, note: input.note });
  return {
    message: `Đã chuyển hồ sơ ${dossier.code} lên ${to.name}.`,
    audit: [{ action: 'dossier.forward', entity: 'dossier', entityId: dossier.id, diff: { before: { holder: from }, after: { holder: to.name } } }],
    tags: [],
  };
});

/**
 * Back one level, with the reason: to the level below on the dossier's route, or to the
 * unit itself, which can then edit and send it again. The authority may also reopen a
 * dossier it accepted (not one already decided).
 */
export const returnDossier = withRole(PIPELINE_ROLES, returnDossierSchema, async (input, user, tx) => {
  const { scope, dossier, route } = await openDossier(tx, user, input.id, input.version);
  if (dossier.status !== 'SUBMITTED' && dossier.status !== 'ACCEPTED') throw new ActionError(dossier.status === 'DECIDED' ? 'Hồ sơ đã có quyết định: không trả lại được.' : 'Hồ sơ đang ở đơn vị, không có gì để trả lại.');
  if (!actsAt(scope, dossier.holderUnitId)) throw new ActionError(NOT_HERE);
  const from = route.find((l) => l.unitId === dossier.holderUnitId)?.name ?? '';
  const to = levelBelow(route, dossier.holderUnitId);
  const backToUnit = to.unitId === dossier.unitId;
  await tx.dossier.update({ where: { id: dossier.id }, data: { holderUnitId: to.unitId, status: backToUnit ? 'RETURNED' : 'SUBMITTED' } });
  await recordStep(tx, user, dossier.id, 'RETURN', { from, to: to.name, note: input.note });
  return {
    message: `Đã trả hồ sơ ${dossier.code} về ${to.name}, kèm lý do.`,
    audit: [{ action: 'dossier.return', entity: 'dossier', entityId: dossier.id, diff: { before: { status: dossier.status, holder: from }, after: { status: backToUnit ? 'RETURNED' : 'SUBMITTED', holder: to.name }, note: input.note } }],
    tags: [],
  };
});

/** The authority's registrars accept a dossier that reached them: it is ready to become a decision. */
export const acceptDossier = withRole(REGISTRY_ROLES, dossierStepSchema, async (input, user, tx) => {
  const { scope, dossier } = await openDossier(tx, user, input.id, input.version);
  if (dossier.status !== 'SUBMITTED' || dossier.holderUnitId !== null || !actsAt(scope, null)) throw new ActionError('Chỉ tiếp nhận được hồ sơ đã trình đến cơ quan quyết định.');
  const kept = await tx.dossierRow.count({ where: { dossierId: dossier.id, rejected: false } });
  if (kept === 0) throw new ActionError('Mọi dòng đều đã bị loại: trả lại hồ sơ thay vì tiếp nhận.');
  await tx.dossier.update({ where: { id: dossier.id }, data: { status: 'ACCEPTED' } });
  await recordStep(tx, user, dossier.id, 'ACCEPT', { from: null, note: input.note });
  return {
    message: `Đã tiếp nhận hồ sơ ${dossier.code} (${kept.toLocaleString('vi-VN')} dòng đề nghị). Có thể ra quyết định.`,
    audit: [{ action: 'dossier.accept', entity: 'dossier', entityId: dossier.id, diff: { before: { status: 'SUBMITTED' }, after: { status: 'ACCEPTED', rows: kept } } }],
    tags: [],
  };
});

/** A row's state can change only at a level above the unit, while the dossier is being considered there. */
async function openRowAtLevel(tx: Prisma.TransactionClient, user: CurrentUser, input: { id: string; version: number; rowId: string }) {
  const opened = await openDossier(tx, user, input.id, input.version);
  const { scope, dossier } = opened;
  if (dossier.status !== 'SUBMITTED' || !actsAt(scope, dossier.holderUnitId)) throw new ActionError('Chỉ cấp đang xét hồ sơ mới loại, khôi phục hay nâng hình thức một dòng.');
  const row = await tx.dossierRow.findFirst({
    where: { id: input.rowId, dossierId: dossier.id },
    select: { id: true, kind: true, rejected: true, rejectionNote: true, typeId: true, raisedFromTypeId: true, newName: true, individual: { select: { fullName: true } }, collective: { select: { name: true } }, unit: { select: { name: true } } },
  });
  if (!row) throw new ActionError('Dòng này không còn trong hồ sơ.');
  const level = opened.route.find((l) => l.unitId === dossier.holderUnitId)?.name ?? '';
  return { ...opened, row, level, rowName: row.individual?.fullName ?? row.collective?.name ?? row.unit?.name ?? row.newName ?? '' };
}

export const rejectDossierRow = withRole(PIPELINE_ROLES, rejectRowSchema, async (input, user, tx) => {
  const { dossier, row, level, rowName } = await openRowAtLevel(tx, user, input);
  if (row.rejected) throw new ActionError('Dòng này đã bị loại trước đó.');
  await tx.dossierRow.update({ where: { id: row.id }, data: { rejected: true, rejectionNote: input.note } });
  await recordStep(tx, user, dossier.id, 'REJECT_ROW', { from: level, note: `${rowName}: ${input.note}` });
  return {
    message: `Đã loại ${rowName} khỏi danh sách đề nghị.`,
    audit: [{ action: 'dossier.reject_row', entity: 'dossier', entityId: dossier.id, diff: { rowId: row.id, before: { rejected: false }, after: { rejected: true, note: input.note } } }],
    tags: [],
  };
});

export const restoreDossierRow = withRole(PIPELINE_ROLES, restoreRowSchema, async (input, user, tx) => {
  const { dossier, row, level, rowName } = await openRowAtLevel(tx, user, input);
  if (!row.rejected) throw new ActionError('Dòng này đang được đề nghị.');
  await tx.dossierRow.update({ where: { id: row.id }, data: { rejected: false, rejectionNote: null } });
  await recordStep(tx, user, dossier.id, 'RESTORE_ROW', { from: level, note: rowName });
  return {
    message: `Đã đưa ${rowName} trở lại danh sách đề nghị.`,
    audit: [{ action: 'dossier.restore_row', entity: 'dossier', entityId: dossier.id, diff: { rowId: row.id, before: { rejected: true, note: row.rejectionNote }, after: { rejected: false } } }],
    tags: [],
  };
});

/** Propose a higher form for one row (a lower rank in the catalogue), open to the row's kind. */
export const raiseDossierRow = withRole(PIPELINE_ROLES, raiseRowSchema, async (input, user, tx) => {
  const { dossier, row, level, rowName } = await openRowAtLevel(tx, user, input);
  const [current, higher] = await Promise.all([
    tx.commendationType.findUnique({ where: { id: row.typeId }, select: { name: true, rank: true } }),
    tx.commendationType.findUnique({ where: { id: input.typeId }, select: { id: true, name: true, rank: true, active: true, recipientKinds: true } }),
  ]);
  if (!higher || !higher.active) throw new ActionError('Hình thức này không còn trong danh mục.', { typeId: ['Chọn lại'] });
  if (!higher.recipientKinds.includes(row.kind)) throw new ActionError(`"${higher.name}" không dành cho đối tượng này.`, { typeId: ['Chọn hình thức dành cho đối tượng này'] });
  if (!current || higher.rank >= current.rank) throw new ActionError(`"${higher.name}" không cao hơn "${current?.name ?? ''}".`, { typeId: ['Chọn một hình thức cao hơn'] });
  await tx.dossierRow.update({ where: { id: row.id }, data: { typeId: higher.id, raisedFromTypeId: row.raisedFromTypeId ?? row.typeId } });
  await recordStep(tx, user, dossier.id, 'RAISE_ROW', { from: level, note: `${rowName}: ${current.name} → ${higher.name}. ${input.note}` });
  return {
    message: `Đã đề nghị ${higher.name} cho ${rowName}.`,
    audit: [{ action: 'dossier.raise_row', entity: 'dossier', entityId: dossier.id, diff: { rowId: row.id, before: { typeId: row.typeId }, after: { typeId: higher.id }, note: input.note } }],
    tags: [],
  };
});

/**
 * An accepted dossier becomes a decision in one step: the number, date and signer are typed;
 * the rows still proposed become its awards (people and collectives not yet in the registry
 * are created with it), through the same checks as a decision recorded by hand.
 */
export const decideDossier = withRole(REGISTRY_ROLES, decideDossierSchema, async (input, user, tx) => {
  const { scope, dossier } = await openDossier(tx, user, input.id, input.version);
  if (dossier.status !== 'ACCEPTED' || !actsAt(scope, null)) throw new ActionError(dossier.status === 'DECIDED' ? 'Hồ sơ đã có quyết định.' : 'Chỉ hồ sơ đã được tiếp nhận mới ra quyết định được.');
  const rows = await tx.dossierRow.findMany({
    where: { dossierId: dossier.id, rejected: false },
    orderBy: { position: 'asc' },
    select: { id: true, kind: true, individualId: true, collectiveId: true, unitId: true, newName: true, newUnitId: true, newPosition: true, typeId: true, achievement: true, individual: { select: { fullName: true } }, collective: { select: { name: true } }, unit: { select: { name: true } } },
  });
  const names = rows.map((r) => r.individual?.fullName ?? r.collective?.name ?? r.unit?.name ?? r.newName ?? '');
  await assertProceduresDone(tx, rows.map((r, i) => ({ id: r.id, typeId: r.typeId, name: names[i]! })), input.signedAt);
  const recipients = rows.map((r, i) => ({
    kind: r.kind,
    recordId: r.individualId ?? r.collectiveId ?? r.unitId ?? undefined,
    name: names[i]!,
    position: r.newPosition,
    unitId: r.newUnitId ?? undefined,
    typeId: r.typeId,
    achievement: r.achievement,
    streakNote: null,
    distinct: false,
  }));
  const header = { number: input.number, signedAt: input.signedAt, issuingAuthority: input.issuingAuthority, signerName: input.signerName, signerTitle: input.signerTitle, category: input.category, summary: input.summary, campaignId: dossier.campaignId ?? undefined, year: dossier.year };
  let recorded;
  try {
    recorded = await recordDecision(tx, { ...header, recipients });
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    // The grid's errors name rows by index: say which person they are about.
    const own: Record<string, string[]> = {};
    const rowsWrong: string[] = [];
    for (const [key, messages] of Object.entries(error.fieldErrors ?? {})) {
      const m = /^recipients\.(\d+)\./.exec(key);
      if (m) rowsWrong.push(`${names[Number(m[1])]}: ${messages.join('; ')}`);
      else own[key] = messages;
    }
    throw new ActionError(rowsWrong.length ? `Chưa ra được quyết định. ${rowsWrong.slice(0, 10).join(' · ')}` : error.message, own);
  }
  const decisionId = recorded.data!.id;
  await tx.dossier.update({ where: { id: dossier.id }, data: { status: 'DECIDED', decisionId } });
  await recordStep(tx, user, dossier.id, 'DECIDE', { note: `Quyết định số ${input.number}` });
  return {
    message: `${recorded.message} Hồ sơ ${dossier.code} đã khép lại.`,
    data: { id: decisionId, slug: recorded.data!.slug },
    audit: [...recorded.audit, { action: 'dossier.decide', entity: 'dossier', entityId: dossier.id, diff: { before: { status: 'ACCEPTED' }, after: { status: 'DECIDED', decisionId } } }],
    tags: [tags.registry, tags.sitemap],
  };
});
