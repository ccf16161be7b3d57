'use server';
// Nomination dossiers, written by the unit: lapping one for a type and year, its rows
// (pasted from a spreadsheet or typed, matched against the registry within the account's
// units), each row's achievement. Only while the dossier is with the unit (a draft, or
// returned); the steps up the levels are in dossier-steps.ts.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { PIPELINE_ROLES } from '@/lib/auth/roles';
import type { CurrentUser } from '@/lib/auth/session';
import type { Prisma } from '@/lib/generated/prisma/client';
import { openDossier, recordStep } from '@/lib/registry/actions/dossier-access';
import { loadCatalogue, resolveRows } from '@/lib/registry/data/recipient-matching';
import { actsAt, covers, pipelineScope, writesFor } from '@/lib/registry/data/scope';
import { parsePasted } from '@/lib/registry/paste';
import { OUT_OF_SCOPE } from '@/lib/registry/pipeline-labels';
import { addDossierRowsSchema, createDossierSchema, removeDossierRowSchema, updateDossierRowSchema } from '@/lib/registry/schemas/pipeline';

export const createDossier = withRole(PIPELINE_ROLES, createDossierSchema, async (input, user, tx) => {
  const scope = await pipelineScope(user, tx);
  if (!scope || !writesFor(scope, input.unitId)) throw new ActionError(OUT_OF_SCOPE, { unitId: ['Chọn một đơn vị trong phạm vi của bạn'] });
  const [unit, type, campaign] = await Promise.all([
    tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, name: true, active: true } }),
    tx.commendationType.findUnique({ where: { id: input.typeId }, select: { id: true, name: true, active: true } }),
    input.campaignId ? tx.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true } }) : Promise.resolve(null),
  ]);
  if (!unit || !unit.active) throw new ActionError('Đơn vị không còn hoạt động.', { unitId: ['Chọn đơn vị đang hoạt động'] });
  if (!type || !type.active) throw new ActionError('Danh hiệu / hình thức không còn trong danh mục.', { typeId: ['Chọn lại'] });
  if (input.campaignId && !campaign) throw new ActionError('Phong trào không còn tồn tại.', { campaignId: ['Chọn lại'] });
  // HS-2026-0007: the year's next number. Two dossiers lapped at once take turns (a lock
  // held until the transaction ends), so neither is refused for a taken number.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`dossier-code-${input.year}`}))`;
  const last = await tx.dossier.findFirst({ where: { code: { startsWith: `HS-${input.year}-` } }, orderBy: { code: 'desc' }, select: { code: true } });
  const code = `HS-${input.year}-${String(Number(last?.code.slice(-4) ?? 0) + 1).padStart(4, '0')}`;
  const dossier = await tx.dossier.create({
    data: { code, title: input.title, unitId: unit.id, typeId: type.id, year: input.year, campaignId: input.campaignId ?? null, deadline: input.deadline ?? null, holderUnitId: unit.id },
    select: { id: true },
  });
  await recordStep(tx, user, dossier.id, 'CREATE', { to: unit.name });
  return {
    message: `Đã lập hồ sơ ${code}. Thêm danh sách đề nghị rồi gửi lên cấp trên.`,
    data: { id: dossier.id, href: `/admin/thi-dua/ho-so/${dossier.id}` },
    audit: [{ action: 'dossier.create', entity: 'dossier', entityId: dossier.id, diff: { after: { code, title: input.title, unitId: unit.id, typeId: type.id, year: input.year } } }],
    tags: [],
  };
});

/** The dossier, open for the unit's edits: a draft or returned, and the account writes for the unit. */
async function openForEdit(tx: Prisma.TransactionClient, user: CurrentUser, id: string, version: number) {
  const opened = await openDossier(tx, user, id, version);
  const { scope, dossier } = opened;
  if (!writesFor(scope, dossier.unitId) || !actsAt(scope, dossier.holderUnitId)) throw new ActionError('Hồ sơ đang ở cấp trên: đơn vị chỉ sửa được khi hồ sơ còn là bản nháp hoặc bị trả lại.');
  if (dossier.status !== 'DRAFT' && dossier.status !== 'RETURNED') throw new ActionError('Hồ sơ đã gửi đi: chỉ sửa được khi còn là bản nháp hoặc bị trả lại.');
  return opened;
}

/**
 * Rows pasted from a spreadsheet (STT, name, position, unit, honour, achievement — the
 * columns of the decision grid) or typed one a line. Each is matched against the registry
 * within the account's units; a row that cannot be matched, or names someone already in
 * the dossier, refuses the whole paste with each line's reason, and nothing is added.
 */
export const addDossierRows = withRole(PIPELINE_ROLES, addDossierRowsSchema, async (input, user, tx) => {
  const { scope, dossier } = await openForEdit(tx, user, input.id, input.version);
  const pasted = parsePasted(input.text);
  if (pasted.length === 0) throw new ActionError('Không có dòng nào để đọc.', { text: ['Dán các ô từ Excel: Họ tên, Chức vụ, Đơn vị, (Danh hiệu), Thành tích'] });
  if (pasted.length > 1000) throw new ActionError('Tối đa 1.000 dòng mỗi lần dán.', { text: ['Chia danh sách thành nhiều lần dán'] });
  const catalogue = await loadCatalogue(tx);
  const scoped = { units: catalogue.units.filter((u) => covers(scope, u.id)), types: catalogue.types.filter((t) => t.id === dossier.type.id) };
  // The dossier's honour for every row; a row without a unit is of the dossier's unit.
  const rows = pasted.map((r) => ({ ...r, type: dossier.type.name, unit: r.unit || dossier.unit.name }));
  const resolved = await resolveRows(rows, dossier.year, scoped, tx);

  const existing = await tx.dossierRow.findMany({ where: { dossierId: dossier.id }, select: { position: true, individualId: true, collectiveId: true, unitId: true, newName: true, newUnitId: true } });
  const taken = new Set(existing.map((r) => r.individualId ?? r.collectiveId ?? r.unitId ?? `new:${r.newUnitId}:${r.newName?.toLowerCase()}`));
  const problems: string[] = [];
  resolved.forEach((r, i) => {
    const key = r.recordId ?? `new:${r.unitId}:${r.name.toLowerCase()}`;
    // Notes about records in other units name people outside the scope: not shown to an officer.
    const notes = r.notes.filter((n) => scope.all || !n.startsWith('Trùng tên với hồ sơ ở'));
    // Already honoured for the year is flagged on the dossier, not refused here.
    if (r.status === 'error' && !r.alreadyHonoured) problems.push(`Dòng ${i + 1} (${r.name || 'không tên'}): ${notes.join('; ')}`);
    else if (r.name.length > 200 || r.position.length > 200 || r.achievement.length > 2000) problems.push(`Dòng ${i + 1}: tên, chức vụ tối đa 200 ký tự; thành tích tối đa 2.000 ký tự`);
    else if (taken.has(key)) problems.push(`Dòng ${i + 1} (${r.name}): đã có trong hồ sơ`);
    taken.add(key);
  });
  if (problems.length) {
    throw new ActionError(`Chưa thêm dòng nào: ${problems.length.toLocaleString('vi-VN')} dòng cần sửa.`, { text: problems.slice(0, 20) });
  }
  const start = existing.reduce((max, r) => Math.max(max, r.position), -1) + 1;
  await tx.dossierRow.createMany({
    data: resolved.map((r, i) => ({
      dossierId: dossier.id,
      position: start + i,
      kind: r.kind,
      typeId: dossier.type.id,
      achievement: r.achievement,
      ...(r.recordId
        ? { individualId: r.kind === 'INDIVIDUAL' ? r.recordId : null, collectiveId: r.kind === 'COLLECTIVE' ? r.recordId : null, unitId: r.kind === 'UNIT' ? r.recordId : null }
        : { newName: r.name, newUnitId: r.unitId, newPosition: r.position || null }),
    })),
  });
  const created = resolved.filter((r) => !r.recordId).length;
  return {
    message: `Đã thêm ${resolved.length.toLocaleString('vi-VN')} dòng${created ? ` (${created} người / tập thể chưa có trong sổ, sẽ được tạo khi có quyết định)` : ''}.`,
    audit: [{ action: 'dossier.rows', entity: 'dossier', entityId: dossier.id, diff: { added: resolved.length, newRecords: created } }],
    tags: [],
  };
});

export const updateDossierRow = withRole(PIPELINE_ROLES, updateDossierRowSchema, async (input, user, tx) => {
  const { dossier } = await openForEdit(tx, user, input.id, input.version);
  const row = await tx.dossierRow.findFirst({ where: { id: input.rowId, dossierId: dossier.id }, select: { id: true, achievement: true } });
  if (!row) throw new ActionError('Dòng này không còn trong hồ sơ.');
  await tx.dossierRow.update({ where: { id: row.id }, data: { achievement: input.achievement } });
  return {
    message: 'Đã lưu thành tích.',
    audit: [{ action: 'dossier.row_update', entity: 'dossier', entityId: dossier.id, diff: { rowId: row.id, before: { achievement: row.achievement }, after: { achievement: input.achievement } } }],
    tags: [],
  };
});

export const removeDossierRow = withRole(PIPELINE_ROLES, removeDossierRowSchema, async (input, user, tx) => {
  const { dossier } = await openForEdit(tx, user, input.id, input.version);
  const row = await tx.dossierRow.findFirst({
    where: { id: input.rowId, dossierId: dossier.id },
    select: { id: true, kind: true, individualId: true, collectiveId: true, unitId: true, newName: true, newUnitId: true, newPosition: true, achievement: true, position: true },
  });
  if (!row) throw new ActionError('Dòng này không còn trong hồ sơ.');
  await tx.dossierRow.delete({ where: { id: row.id } });
  // The row as it was, in the audit: an administrator can put it back from the log.
  return { message: 'Đã bỏ dòng khỏi hồ sơ.', audit: [{ action: 'dossier.row_remove', entity: 'dossier', entityId: dossier.id, diff: { before: row } }], tags: [] };
});
