'use server';
// The unit tree through time (REGISTRAR and ADMIN): create, rename and move (dated, never
// under itself or its own descendants), merge several units into one on a date, and
// deactivate. A merged unit keeps its page, its awards and its story links (they are its
// history); its sub-units, collectives, people, officers and open work move to the unit it
// joined, and the structure from that day rolls its awards up there. Every step is an event
// (unit_events) that an administrator can undo exactly; each save names the version it
// started from, so two registrars never overwrite each other unseen.
import { randomBytes } from 'node:crypto';
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { tags } from '@/lib/platform/cache-tags';
import type { Prisma } from '@/lib/generated/prisma/client';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { slugify } from '@/lib/common/slug';
import { createUnitSchema, dissolveUnitSchema, mergeUnitsSchema, moveUnitSchema, splitUnitSchema, undoUnitEventSchema, unitAliasSchema, updateUnitSchema } from '@/lib/registry/schemas/writes';
import { nameKey } from '@/lib/registry/names';
import { ADMIN_ROLES } from '@/lib/auth/roles';
import { dateOfIso, vietnamToday } from '@/lib/calendar/working-days';
import { formatDate, formatDateTime } from '@/lib/common/format';
import { auditActionLabels } from '@/lib/audit/labels';
import { changedSinceMerge, endPeriod, isoDate, laterEventFor, mergeOne, partsHoldMore, rebuildClosure, setParentFrom, startsOn, unmergeOne, unmove, type MergePayload, type PeriodChange, type SplitPayload } from '@/lib/registry/actions/unit-structure';

type Tx = Prisma.TransactionClient;
const registryTags = [tags.registry, tags.sitemap];

/** The unit and every unit below it (one recursive query). */
async function subtreeIds(tx: Tx, id: string): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = ${id} UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
    SELECT id FROM sub`;
  return new Set(rows.map((r) => r.id));
}

/**
 * The unit, locked for this change, if it is still at the version the form showed. If not,
 * the refusal says who changed it, when and how, and what it is now.
 */
async function atVersion(tx: Tx, id: string, version: number) {
  await tx.$queryRaw`SELECT id FROM units WHERE id = ${id} FOR UPDATE`;
  const unit = await tx.unit.findUnique({ where: { id }, select: { id: true, name: true, shortName: true, code: true, slug: true, kind: true, description: true, active: true, parentId: true, endedOn: true, version: true, parent: { select: { name: true } } } });
  if (!unit) throw new ActionError('Đơn vị không còn tồn tại.');
  if (unit.version !== version) {
    const last = await tx.auditEvent.findFirst({ where: { entity: 'unit', entityId: id }, orderBy: { id: 'desc' }, select: { action: true, createdAt: true, actor: { select: { name: true } } } });
    const who = last ? ` (${auditActionLabels[last.action] ?? last.action} — ${last.actor?.name ?? 'hệ thống'}, ${formatDateTime(last.createdAt)})` : '';
    throw new ActionError(
      `Đơn vị "${unit.name}" vừa được người khác thay đổi${who}. Hiện nay: cấp trên ${unit.parent?.name ?? '(không có)'}, ${unit.active ? 'đang hoạt động' : 'ngừng hoạt động'}. Tải lại trang để xem thay đổi đó rồi làm lại; chưa có gì được lưu.`,
    );
  }
  return unit;
}

/** The day a step takes effect: the one given, or today in Vietnam. */
const effectiveDay = (on: Date | undefined) => on ?? dateOfIso(vietnamToday());

export const createUnit = withRole(REGISTRY_ROLES, createUnitSchema, async (input, _user, tx) => {
  if (await tx.unit.findUnique({ where: { code: input.code }, select: { id: true } })) throw new ActionError('Mã đơn vị đã được dùng.', { code: ['Chọn mã khác'] });
  if (input.parentId && !(await tx.unit.findUnique({ where: { id: input.parentId }, select: { id: true } }))) throw new ActionError('Đơn vị cấp trên không còn tồn tại.', { parentId: ['Chọn lại'] });
  const unit = await tx.unit.create({ data: { ...input, parentId: input.parentId ?? null, slug: await freeSlug(tx, input.name, input.code) }, select: { id: true, name: true, code: true, parentId: true } });
  return {
    message: `Đã tạo đơn vị "${unit.name}".`,
    data: { id: unit.id },
    audit: [{ action: 'unit.create', entity: 'unit', entityId: unit.id, diff: { after: unit } }],
    tags: registryTags,
  };
});

export const updateUnit = withRole(REGISTRY_ROLES, updateUnitSchema, async (input, user, tx) => {
  const unit = await atVersion(tx, input.id, input.version);
  const before = { name: unit.name, shortName: unit.shortName, kind: unit.kind, description: unit.description, active: unit.active };
  if (before.active && !input.active) {
    const activeChildren = await tx.unit.count({ where: { parentId: input.id, active: true } });
    if (activeChildren > 0) throw new ActionError(`Đơn vị còn ${activeChildren} đơn vị trực thuộc đang hoạt động: hãy chuyển hoặc ngừng hoạt động các đơn vị đó trước.`, { active: ['Còn đơn vị trực thuộc'] });
  }
  if (unit.endedOn && input.active) throw new ActionError(`Đơn vị đã chấm dứt từ ${formatDate(unit.endedOn)} (sáp nhập, chia tách hoặc giải thể): muốn khôi phục, hãy hoàn tác sự kiện đó trong lịch sử đơn vị.`, { active: ['Đơn vị đã chấm dứt'] });
  const after = { name: input.name, shortName: input.shortName ?? null, kind: input.kind, description: input.description ?? null, active: input.active };
  await tx.unit.update({ where: { id: input.id }, data: { ...after, version: { increment: 1 } } });
  // A new name is a dated event: the page tells the former name and since when.
  const renamed = before.name !== after.name || before.shortName !== after.shortName;
  const event = renamed
    ? await tx.unitEvent.create({
        data: { kind: 'RENAMED', unitId: input.id, effectiveOn: effectiveDay(input.effectiveOn), before: { name: before.name, shortName: before.shortName }, after: { name: after.name, shortName: after.shortName }, createdById: user.id },
        select: { id: true },
      })
    : null;
  return {
    message: input.active ? `Đã lưu đơn vị "${input.name}".` : `Đã lưu; "${input.name}" ngừng hoạt động (lịch sử khen thưởng vẫn được giữ và công khai).`,
    audit: [{ action: 'unit.update', entity: 'unit', entityId: input.id, diff: { before, after, ...(event ? { eventId: event.id } : {}) } }],
    tags: registryTags,
  };
});

export const moveUnit = withRole(REGISTRY_ROLES, moveUnitSchema, async (input, user, tx) => {
  const unit = await atVersion(tx, input.id, input.version);
  if (unit.endedOn) throw new ActionError(`Đơn vị đã chấm dứt từ ${formatDate(unit.endedOn)}: không chuyển được.`);
  const parentId = input.parentId ?? null;
  if (parentId === unit.parentId) throw new ActionError('Đơn vị đã trực thuộc đơn vị này.', { parentId: ['Chọn đơn vị cấp trên khác'] });
  let parentName: string | null = null;
  if (parentId) {
    const parent = await tx.unit.findUnique({ where: { id: parentId }, select: { id: true, name: true, endedOn: true } });
    if (!parent) throw new ActionError('Đơn vị cấp trên không còn tồn tại.', { parentId: ['Chọn lại'] });
    if (parent.endedOn) throw new ActionError('Đơn vị cấp trên đã chấm dứt hoạt động.', { parentId: ['Chọn lại'] });
    parentName = parent.name;
    if ((await subtreeIds(tx, input.id)).has(parentId)) {
      throw new ActionError('Không thể chuyển một đơn vị vào chính nó hoặc vào đơn vị trực thuộc của nó.', { parentId: ['Chọn đơn vị cấp trên khác'] });
    }
  }
  const on = effectiveDay(input.effectiveOn);
  const period = await setParentFrom(tx, input.id, parentId, on);
  await rebuildClosure(tx);
  const event = await tx.unitEvent.create({
    data: { kind: 'MOVED', unitId: input.id, effectiveOn: on, before: { parentId: unit.parentId, name: unit.parent?.name ?? null }, after: { parentId, name: parentName }, payload: { period } as unknown as Prisma.InputJsonValue, createdById: user.id },
    select: { id: true },
  });
  return {
    message: `Đã chuyển "${unit.name}" từ ngày ${formatDate(on)}.`,
    audit: [{ action: 'unit.move', entity: 'unit', entityId: input.id, diff: { before: { parentId: unit.parentId }, after: { parentId }, effectiveOn: isoDate(on), eventId: event.id } }],
    tags: registryTags,
  };
});

export const mergeUnits = withRole(REGISTRY_ROLES, mergeUnitsSchema, async (input, user, tx) => {
  const targetId = input.targetId!;
  const target = await atVersion(tx, targetId, input.versions.at(-1)!);
  if (target.endedOn) throw new ActionError(`"${target.name}" đã chấm dứt từ ${formatDate(target.endedOn)}: chọn đơn vị nhận khác.`, { targetId: ['Đơn vị đã chấm dứt'] });
  const sources = [];
  for (const [i, sourceId] of input.sourceIds.entries()) {
    const source = await atVersion(tx, sourceId, input.versions[i]!);
    if (source.endedOn) throw new ActionError(`"${source.name}" đã chấm dứt từ ${formatDate(source.endedOn)}.`, { sourceIds: ['Đơn vị đã chấm dứt'] });
    if ((await subtreeIds(tx, sourceId)).has(targetId)) throw new ActionError(`Không thể sáp nhập "${source.name}" vào đơn vị trực thuộc của nó.`, { targetId: ['Chọn đơn vị nhận khác'] });
    sources.push(source);
  }
  const on = effectiveDay(input.effectiveOn);
  const payload: MergePayload = { sources: [] };
  for (const source of sources) payload.sources.push(await mergeOne(tx, source.id, targetId, on));
  await rebuildClosure(tx);
  const event = await tx.unitEvent.create({
    data: {
      kind: 'MERGED',
      unitId: targetId,
      effectiveOn: on,
      payload: payload as unknown as Prisma.InputJsonValue,
      note: input.note,
      createdById: user.id,
      successions: { create: sources.map((s) => ({ predecessorId: s.id, successorId: targetId, effectiveOn: on })) },
    },
    select: { id: true },
  });
  const count = (pick: (s: MergePayload['sources'][number]) => unknown[]) => payload.sources.reduce((n, s) => n + pick(s).length, 0);
  const moved = { units: count((s) => s.children), collectives: count((s) => s.collectives), individuals: count((s) => s.people), officers: count((s) => s.officers), dossiers: count((s) => s.dossiers) };
  const names = sources.map((s) => `"${s.name}"`).join(', ');
  return {
    message: `Đã sáp nhập ${names} vào "${target.name}" từ ngày ${formatDate(on)}: chuyển ${moved.units} đơn vị trực thuộc, ${moved.collectives} tập thể, ${moved.individuals} cá nhân, ${moved.dossiers} hồ sơ. Khen thưởng đã có vẫn thuộc đơn vị được khen; trang của đơn vị vẫn giữ.`,
    data: { ...moved, eventId: event.id },
    audit: [
      {
        action: 'unit.merge',
        entity: 'unit',
        entityId: targetId,
        diff: { eventId: event.id, effectiveOn: isoDate(on), sources: sources.map((s) => ({ id: s.id, name: s.name, code: s.code, slug: s.slug, parentId: s.parentId })), moved },
      },
      ...sources.map((s) => ({ action: 'unit.merged', entity: 'unit', entityId: s.id, diff: { eventId: event.id, into: { id: targetId, name: target.name }, effectiveOn: isoDate(on) } })),
    ],
    tags: registryTags,
  };
});

/** A unique slug for a new unit: never one a unit has, nor one a merged unit left behind (it redirects). */
async function freeSlug(tx: Tx, name: string, code: string) {
  const taken = async (slug: string) => Boolean((await tx.unit.findUnique({ where: { slug }, select: { id: true } })) ?? (await tx.unitSlug.findUnique({ where: { slug }, select: { slug: true } })));
  let slug = slugify(name);
  if (await taken(slug)) slug = `${slug}-${code.toLowerCase()}`;
  if (await taken(slug)) slug = `${slug}-${randomBytes(3).toString('hex')}`;
  return slug;
}

/**
 * Split a unit on a date into new units under the same parent: the unit ends (its page,
 * awards and story links kept); the first part takes over its sub-units, collectives,
 * people, officers and open work, which the registrar can then move on one by one.
 */
export const splitUnit = withRole(REGISTRY_ROLES, splitUnitSchema, async (input, user, tx) => {
  const unit = await atVersion(tx, input.id, input.version);
  if (unit.endedOn) throw new ActionError(`Đơn vị đã chấm dứt từ ${formatDate(unit.endedOn)}.`);
  const used = await tx.unit.findMany({ where: { code: { in: input.parts.map((p) => p.code) } }, select: { code: true } });
  if (used.length) throw new ActionError(`Mã đã được dùng: ${used.map((u) => u.code).join(', ')}.`, { parts: ['Chọn mã khác'] });
  const on = effectiveDay(input.effectiveOn);
  const parts = [];
  for (const part of input.parts) {
    const made = await tx.unit.create({ data: { name: part.name, code: part.code, slug: await freeSlug(tx, part.name, part.code), kind: unit.kind, parentId: unit.parentId }, select: { id: true, name: true, code: true } });
    await startsOn(tx, made.id, on);
    parts.push(made);
  }
  const moved = await mergeOne(tx, unit.id, parts[0]!.id, on, 'leave');
  await rebuildClosure(tx);
  const payload: SplitPayload = { parts, moved };
  const event = await tx.unitEvent.create({
    data: {
      kind: 'SPLIT',
      unitId: unit.id,
      effectiveOn: on,
      note: input.note,
      payload: payload as unknown as Prisma.InputJsonValue,
      createdById: user.id,
      successions: { create: parts.map((p) => ({ predecessorId: unit.id, successorId: p.id, effectiveOn: on })) },
    },
    select: { id: true },
  });
  return {
    message: `Đã chia tách "${unit.name}" từ ngày ${formatDate(on)} thành ${parts.map((p) => `"${p.name}"`).join(', ')}; "${parts[0]!.name}" nhận ${moved.children.length} đơn vị trực thuộc, ${moved.collectives.length} tập thể, ${moved.people.length} cá nhân.`,
    data: { eventId: event.id, parts: parts.map((p) => p.id) },
    audit: [
      { action: 'unit.split', entity: 'unit', entityId: unit.id, diff: { eventId: event.id, effectiveOn: isoDate(on), parts } },
      ...parts.map((p) => ({ action: 'unit.create', entity: 'unit', entityId: p.id, diff: { after: { ...p, parentId: unit.parentId }, eventId: event.id } })),
    ],
    tags: registryTags,
  };
});

/**
 * Dissolve a unit on a date: it ends, its page and history kept. Refused while anything
 * still works under it (sub-units, people, collectives, officers, open dossiers): those go
 * elsewhere first, and the refusal counts them.
 */
export const dissolveUnit = withRole(REGISTRY_ROLES, dissolveUnitSchema, async (input, user, tx) => {
  const unit = await atVersion(tx, input.id, input.version);
  if (unit.endedOn) throw new ActionError(`Đơn vị đã chấm dứt từ ${formatDate(unit.endedOn)}.`);
  const [children, people, collectives, officers, dossiers] = await Promise.all([
    tx.unit.count({ where: { parentId: unit.id, endedOn: null } }),
    tx.individual.count({ where: { unitId: unit.id } }),
    tx.collective.count({ where: { unitId: unit.id } }),
    tx.user.count({ where: { unitId: unit.id } }),
    tx.dossier.count({ where: { OR: [{ unitId: unit.id }, { holderUnitId: unit.id }], status: { not: 'DECIDED' } } }),
  ]);
  const left = [
    children ? `${children} đơn vị trực thuộc` : '',
    people ? `${people} cá nhân` : '',
    collectives ? `${collectives} tập thể` : '',
    officers ? `${officers} tài khoản cán bộ` : '',
    dossiers ? `${dossiers} hồ sơ đang làm` : '',
  ].filter(Boolean);
  if (left.length) throw new ActionError(`Đơn vị còn ${left.join(', ')}: hãy chuyển sang đơn vị khác trước khi giải thể (hoặc sáp nhập đơn vị vào đơn vị khác).`);
  const on = effectiveDay(input.effectiveOn);
  const period = await endPeriod(tx, unit.id, on);
  await rebuildClosure(tx);
  const event = await tx.unitEvent.create({
    data: { kind: 'DISSOLVED', unitId: unit.id, effectiveOn: on, note: input.note, before: { active: unit.active }, payload: { period } as unknown as Prisma.InputJsonValue, createdById: user.id },
    select: { id: true },
  });
  return {
    message: `Đã ghi nhận "${unit.name}" giải thể từ ngày ${formatDate(on)}; trang và lịch sử khen thưởng vẫn giữ.`,
    data: { eventId: event.id },
    audit: [{ action: 'unit.dissolve', entity: 'unit', entityId: unit.id, diff: { eventId: event.id, effectiveOn: isoDate(on) } }],
    tags: registryTags,
  };
});

/**
 * Undo a step of the structure (ADMIN): everything it changed is put back as it was, the
 * event is kept, marked undone, and the undo is audited. Refused while a later step that
 * touches the same units stands (undo that one first) or when the unit has changed since.
 */
export const undoUnitEvent = withRole(ADMIN_ROLES, undoUnitEventSchema, async (input, user, tx) => {
  await tx.$queryRaw`SELECT id FROM unit_events WHERE id = ${input.id} FOR UPDATE`;
  const event = await tx.unitEvent.findUnique({ where: { id: input.id }, select: { id: true, kind: true, unitId: true, effectiveOn: true, before: true, after: true, payload: true, undoneAt: true, unit: { select: { name: true, shortName: true, parentId: true } } } });
  if (!event) throw new ActionError('Không còn sự kiện này.');
  if (event.undoneAt) throw new ActionError(`Sự kiện này đã được hoàn tác lúc ${formatDateTime(event.undoneAt)}.`);
  const merge = event.kind === 'MERGED' ? (event.payload as unknown as MergePayload) : null;
  const split = event.kind === 'SPLIT' ? (event.payload as unknown as SplitPayload) : null;
  const touched = [
    event.unitId,
    ...(merge?.sources.flatMap((s) => [s.id, ...s.children.map((c) => c.id)]) ?? []),
    ...(split ? [...split.parts.map((p) => p.id), ...split.moved.children.map((c) => c.id)] : []),
  ];
  const later = await laterEventFor(tx, event.id, touched);
  if (later) throw new ActionError(`Còn một thay đổi sau đó trên các đơn vị này (${eventLabels[later.kind]} "${later.unit.name}" từ ${formatDate(later.effectiveOn)}): hãy hoàn tác thay đổi đó trước.`);
  for (const id of touched) await tx.$queryRaw`SELECT id FROM units WHERE id = ${id} FOR UPDATE`;
  if (event.kind === 'RENAMED') {
    const before = event.before as { name: string; shortName: string | null };
    const after = event.after as { name: string; shortName: string | null };
    if (event.unit.name !== after.name || event.unit.shortName !== after.shortName) throw new ActionError(`Tên đơn vị đã đổi lần nữa sau đó (hiện là "${event.unit.name}"): không hoàn tác được.`);
    await tx.unit.update({ where: { id: event.unitId }, data: { name: before.name, shortName: before.shortName, version: { increment: 1 } } });
  } else if (event.kind === 'MOVED') {
    const before = event.before as { parentId: string | null };
    await unmove(tx, event.unitId, before.parentId, (event.payload as unknown as { period: PeriodChange }).period);
    await rebuildClosure(tx);
  } else if (merge) {
    for (const source of merge.sources) {
      const changed = await changedSinceMerge(tx, source, event.unitId);
      if (changed) throw new ActionError(`Không hoàn tác được: ${changed}. Hãy đưa các thay đổi đó về trước, hoặc giữ nguyên việc sáp nhập.`);
    }
    for (const source of [...merge.sources].reverse()) await unmergeOne(tx, source);
    await tx.unit.update({ where: { id: event.unitId }, data: { version: { increment: 1 } } });
    await rebuildClosure(tx);
  } else if (split) {
    const changed = (await changedSinceMerge(tx, split.moved, split.parts[0]!.id)) ?? (await partsHoldMore(tx, split));
    if (changed) throw new ActionError(`Không hoàn tác được: ${changed}. Hãy đưa các thay đổi đó về trước, hoặc giữ nguyên việc chia tách.`);
    await unmergeOne(tx, split.moved);
    // The parts were made by the split and hold nothing else: they go with it.
    await tx.unitSuccession.deleteMany({ where: { eventId: event.id } });
    // Steps taken on a part and undone since go with it (the audit log keeps both).
    await tx.unitEvent.deleteMany({ where: { unitId: { in: split.parts.map((p) => p.id) }, undoneAt: { not: null } } });
    await tx.unit.deleteMany({ where: { id: { in: split.parts.map((p) => p.id) } } });
    await rebuildClosure(tx);
  } else if (event.kind === 'DISSOLVED') {
    const before = event.before as { active: boolean };
    await unmove(tx, event.unitId, event.unit.parentId, (event.payload as unknown as { period: PeriodChange }).period);
    await tx.unit.update({ where: { id: event.unitId }, data: { active: before.active, endedOn: null } });
    await rebuildClosure(tx);
  } else {
    throw new ActionError('Loại sự kiện này chưa hoàn tác được.');
  }
  await tx.unitEvent.update({ where: { id: event.id }, data: { undoneAt: new Date(), undoneById: user.id } });
  return {
    message: `Đã hoàn tác: ${eventLabels[event.kind]} "${event.unit.name}" từ ${formatDate(event.effectiveOn)}. Mọi thứ đã trở lại như trước.`,
    audit: [{ action: 'unit.event.undo', entity: 'unit', entityId: event.unitId, diff: { eventId: event.id, kind: event.kind, reason: input.reason, units: touched } }],
    tags: registryTags,
  };
});

/**
 * Remembers how an office wrote a unit: the text (by its name key) means this unit in every
 * later paste and import. Refused when the text already is a unit's own name, or already
 * means another unit (the alias that stands is named; an administrator removes it first).
 */
export const rememberUnitAlias = withRole(REGISTRY_ROLES, unitAliasSchema, async (input, user, tx) => {
  const key = nameKey(input.text);
  if (!key) throw new ActionError('Tên đơn vị như trong tệp không hợp lệ.', { text: ['Nhập lại'] });
  const unit = await tx.unit.findUnique({ where: { id: input.unitId! }, select: { id: true, name: true, active: true } });
  if (!unit || !unit.active) throw new ActionError('Đơn vị không còn hoạt động: chọn đơn vị khác.', { unitId: ['Chọn lại'] });
  const existing = await tx.unitAlias.findUnique({ where: { key }, select: { unitId: true, unit: { select: { name: true } } } });
  if (existing && existing.unitId !== unit.id) throw new ActionError(`"${input.text}" đã được ghi nhớ là "${existing.unit.name}".`, { text: ['Đã ghi nhớ cho đơn vị khác'] });
  if (existing) return { message: `"${input.text}" đã được ghi nhớ là "${unit.name}".`, audit: [], tags: [] };
  const alias = await tx.unitAlias.create({ data: { key, text: input.text, unitId: unit.id, createdById: user.id }, select: { id: true } });
  return {
    message: `Đã ghi nhớ: "${input.text}" là "${unit.name}" (áp dụng cho lần dán, nhập tệp sau).`,
    data: { id: alias.id },
    audit: [{ action: 'unit.alias', entity: 'unit', entityId: unit.id, diff: { after: { text: input.text } } }],
    tags: [],
  };
});

const eventLabels: Record<'RENAMED' | 'MOVED' | 'MERGED' | 'SPLIT' | 'DISSOLVED', string> = {
  RENAMED: 'đổi tên',
  MOVED: 'chuyển',
  MERGED: 'sáp nhập vào',
  SPLIT: 'chia tách',
  DISSOLVED: 'giải thể',
};
