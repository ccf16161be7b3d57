'use server';
// Emulation registrations (đăng ký thi đua): a unit's officer (or an officer above it)
// writes and sends the unit's registration for a year; the level above — an officer of
// the parent unit's subtree, or for a top unit the registrars — accepts it or returns it
// with a note. Every check of the unit scope is here, on the server.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { PIPELINE_ROLES } from '@/lib/auth/roles';
import type { CurrentUser } from '@/lib/auth/session';
import type { Prisma } from '@/lib/generated/prisma/client';
import { covers, pipelineScope, writesFor, type PipelineScope } from '@/lib/registry/data/scope';
import { OUT_OF_SCOPE } from '@/lib/registry/pipeline-labels';
import { reviewRegistrationSchema, saveRegistrationSchema } from '@/lib/registry/schemas/pipeline';

async function scopeOf(user: CurrentUser, tx: Prisma.TransactionClient): Promise<PipelineScope> {
  const scope = await pipelineScope(user, tx);
  if (!scope) throw new ActionError(OUT_OF_SCOPE);
  return scope;
}

/** Save a unit's registration (and, with `submit`, send it up). Only while it is a draft or returned. */
export const saveRegistration = withRole(PIPELINE_ROLES, saveRegistrationSchema, async (input, user, tx) => {
  const scope = await scopeOf(user, tx);
  // Registrars review; they do not write a unit's registration (an administrator may, for a unit).
  if (!writesFor(scope, input.unitId)) throw new ActionError(OUT_OF_SCOPE);
  const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, name: true, active: true } });
  if (!unit || !unit.active) throw new ActionError('Đơn vị không còn hoạt động.');

  const current = await tx.emulationRegistration.findUnique({ where: { unitId_year: { unitId: unit.id, year: input.year } }, select: { id: true, status: true, _count: { select: { entries: true } } } });
  if (current && current.status !== 'DRAFT' && current.status !== 'RETURNED') {
    throw new ActionError(current.status === 'ACCEPTED' ? 'Đăng ký đã được tiếp nhận: muốn sửa, đề nghị cấp trên trả lại.' : 'Đăng ký đã gửi, đang chờ cấp trên tiếp nhận: không sửa được lúc này.');
  }

  // Every aim: an active emulation title, for the kind it names, of this unit's own records.
  const entries = [...new Map(input.entry.map((e) => [`${e.typeId}:${e.kind}:${e.recordId}`, e])).values()];
  const [types, people, collectives] = await Promise.all([
    tx.commendationType.findMany({ where: { id: { in: [...new Set(entries.map((e) => e.typeId))] } }, select: { id: true, name: true, kind: true, active: true, recipientKinds: true } }),
    tx.individual.findMany({ where: { id: { in: entries.filter((e) => e.kind === 'INDIVIDUAL').map((e) => e.recordId) }, unitId: unit.id }, select: { id: true } }),
    tx.collective.findMany({ where: { id: { in: entries.filter((e) => e.kind === 'COLLECTIVE').map((e) => e.recordId) }, unitId: unit.id }, select: { id: true } }),
  ]);
  const typeById = new Map(types.map((t) => [t.id, t]));
  const own = { INDIVIDUAL: new Set(people.map((p) => p.id)), COLLECTIVE: new Set(collectives.map((c) => c.id)), UNIT: new Set([unit.id]) };
  for (const e of entries) {
    const type = typeById.get(e.typeId);
    if (!type || type.kind !== 'TITLE' || !type.active) throw new ActionError('Có mục đăng ký không phải danh hiệu thi đua đang dùng. Tải lại trang rồi chọn lại.');
    if (!type.recipientKinds.includes(e.kind)) throw new ActionError(`"${type.name}" không dành cho đối tượng đã chọn.`);
    if (!own[e.kind].has(e.recordId)) throw new ActionError('Có người hoặc tập thể không thuộc đơn vị này. Tải lại trang rồi chọn lại.');
  }
  if (input.submit && entries.length === 0) throw new ActionError('Chưa chọn danh hiệu nào để đăng ký.');

  const now = new Date();
  const data = input.submit ? { status: 'SUBMITTED' as const, submittedAt: now } : {};
  const registration = current
    ? await tx.emulationRegistration.update({ where: { id: current.id }, data, select: { id: true } })
    : await tx.emulationRegistration.create({ data: { unitId: unit.id, year: input.year, ...data }, select: { id: true } });
  await tx.registrationEntry.deleteMany({ where: { registrationId: registration.id } });
  await tx.registrationEntry.createMany({
    data: entries.map((e) => ({
      registrationId: registration.id,
      typeId: e.typeId,
      unitId: e.kind === 'UNIT' ? e.recordId : null,
      collectiveId: e.kind === 'COLLECTIVE' ? e.recordId : null,
      individualId: e.kind === 'INDIVIDUAL' ? e.recordId : null,
    })),
  });
  const count = entries.length.toLocaleString('vi-VN');
  return {
    message: input.submit ? `Đã gửi đăng ký thi đua năm ${input.year} của ${unit.name} (${count} mục) lên cấp trên.` : `Đã lưu bản đăng ký (${count} mục). Chưa gửi: bấm "Lưu và gửi" khi xong.`,
    data: { id: registration.id },
    audit: [
      {
        action: input.submit ? 'registration.submit' : 'registration.save',
        entity: 'registration',
        entityId: registration.id,
        diff: { unitId: unit.id, year: input.year, before: { status: current?.status ?? null, entries: current?._count.entries ?? 0 }, after: { status: input.submit ? 'SUBMITTED' : (current?.status ?? 'DRAFT'), entries: entries.length } },
      },
    ],
    tags: [],
  };
});

/**
 * The level above accepts a sent registration, or returns it (sent or accepted) with a
 * note for the unit to amend. The level above a unit: an officer whose subtree holds the
 * unit's parent; for a unit at the top, and for every unit, the registrars.
 */
export const reviewRegistration = withRole(PIPELINE_ROLES, reviewRegistrationSchema, async (input, user, tx) => {
  const scope = await scopeOf(user, tx);
  const registration = await tx.emulationRegistration.findUnique({ where: { id: input.id }, select: { id: true, status: true, year: true, reviewNote: true, unit: { select: { id: true, name: true, parentId: true } } } });
  if (!registration || !covers(scope, registration.unit.id)) throw new ActionError(registration ? OUT_OF_SCOPE : 'Đăng ký không còn tồn tại.');
  const above = scope.all || (registration.unit.parentId !== null && scope.units.has(registration.unit.parentId));
  if (!above) throw new ActionError('Chỉ cấp trên của đơn vị mới tiếp nhận hoặc trả lại đăng ký.');
  if (input.verdict === 'accept' && registration.status !== 'SUBMITTED') throw new ActionError('Chỉ tiếp nhận được đăng ký đã gửi.');
  if (input.verdict === 'return' && registration.status !== 'SUBMITTED' && registration.status !== 'ACCEPTED') throw new ActionError('Đăng ký chưa gửi lên nên không có gì để trả lại.');
  const status = input.verdict === 'accept' ? ('ACCEPTED' as const) : ('RETURNED' as const);
  await tx.emulationRegistration.update({ where: { id: registration.id }, data: { status, reviewedAt: new Date(), reviewNote: input.verdict === 'return' ? input.note : null } });
  return {
    message: input.verdict === 'accept' ? `Đã tiếp nhận đăng ký năm ${registration.year} của ${registration.unit.name}.` : `Đã trả lại đăng ký của ${registration.unit.name}, kèm lý do.`,
    audit: [
      {
        action: input.verdict === 'accept' ? 'registration.accept' : 'registration.return',
        entity: 'registration',
        entityId: registration.id,
        diff: { before: { status: registration.status, note: registration.reviewNote }, after: { status, note: input.verdict === 'return' ? input.note : null } },
      },
    ],
    tags: [],
  };
});
