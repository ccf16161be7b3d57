// The structure through time, as the unit actions change it (lib/registry/actions/units.ts).
// A unit's parent is kept as dated periods (unit_periods); every change closes the open
// period on its effective date and opens the next one, and `unit_closure` is rebuilt from
// them. Each step writes down every row it changed, so that undoing the event puts back
// exactly what was there: nothing a registrar does to the structure deletes a row. Plain
// (not server-only): the seed's demo reorganisation uses it too.
import { ActionError } from '@/lib/common/action-error';
import type { Prisma } from '@/lib/generated/prisma/client';
import { formatDate } from '@/lib/common/format';

type Tx = Prisma.TransactionClient;

/** A period a step closed (its end before) and the one it opened. */
export interface PeriodChange {
  closedId: string;
  closedValidTo: string | null;
  /** Null when the unit left the structure (split, dissolved): no period opened. */
  openedId: string | null;
}

/** What a merge moved out of one source, for the undo. */
export interface MergedSource {
  id: string;
  parentId: string | null;
  active: boolean;
  period: PeriodChange;
  children: { id: string; parentId: string; period: PeriodChange }[];
  people: { id: string; closedHistory: string[]; openedHistory: string[] }[];
  collectives: string[];
  officers: string[];
  dossiers: string[];
  heldDossiers: string[];
  dossierRows: string[];
  newUnitRows: string[];
  registrations: string[];
  /** Aims copied into the target's registration of a year both had (the source's own stays, as its history). */
  registrationEntries: string[];
}

export interface MergePayload {
  sources: MergedSource[];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The unit's open period (there is always one). */
async function openPeriod(tx: Tx, unitId: string) {
  const period = await tx.unitPeriod.findFirst({ where: { unitId, validTo: null }, select: { id: true, parentId: true, validFrom: true } });
  if (!period) throw new Error(`unit ${unitId} has no open period`);
  return period;
}

/**
 * The unit's parent from `on`: the open period ends that day and a new one starts. A date
 * before the unit's last change is refused (the structure cannot be rewritten under it).
 */
export async function setParentFrom(tx: Tx, unitId: string, parentId: string | null, on: Date): Promise<PeriodChange> {
  const open = await openPeriod(tx, unitId);
  if (open.validFrom && on < open.validFrom) {
    throw new ActionError(`Ngày hiệu lực phải từ ${formatDate(open.validFrom)} trở đi: đơn vị đã thay đổi vào ngày đó.`, { effectiveOn: ['Chọn ngày muộn hơn'] });
  }
  await tx.unitPeriod.update({ where: { id: open.id }, data: { validTo: on } });
  const opened = await tx.unitPeriod.create({ data: { unitId, parentId, validFrom: on }, select: { id: true } });
  await tx.unit.update({ where: { id: unitId }, data: { parentId, version: { increment: 1 } } });
  return { closedId: open.id, closedValidTo: null, openedId: opened.id };
}

/** Puts a period change back: the opened period goes, the closed one is open again. */
async function revertPeriod(tx: Tx, change: PeriodChange) {
  if (change.openedId) await tx.unitPeriod.delete({ where: { id: change.openedId } });
  await tx.unitPeriod.update({ where: { id: change.closedId }, data: { validTo: change.closedValidTo ? new Date(change.closedValidTo) : null } });
}

/** The unit leaves the structure on `on` (split, dissolved): its open period ends, none follows. */
export async function endPeriod(tx: Tx, unitId: string, on: Date): Promise<PeriodChange> {
  const open = await openPeriod(tx, unitId);
  if (open.validFrom && on < open.validFrom) {
    throw new ActionError(`Ngày hiệu lực phải từ ${formatDate(open.validFrom)} trở đi: đơn vị đã thay đổi vào ngày đó.`, { effectiveOn: ['Chọn ngày muộn hơn'] });
  }
  await tx.unitPeriod.update({ where: { id: open.id }, data: { validTo: on } });
  await tx.unit.update({ where: { id: unitId }, data: { active: false, endedOn: on, version: { increment: 1 } } });
  return { closedId: open.id, closedValidTo: null, openedId: null };
}

/** A unit made by a step (a part of a split) exists from that day, not since always. */
export async function startsOn(tx: Tx, unitId: string, on: Date) {
  await tx.unitPeriod.updateMany({ where: { unitId, validTo: null }, data: { validFrom: on } });
}

export async function rebuildClosure(tx: Tx) {
  await tx.$executeRaw`SELECT bv_rebuild_unit_closure()`;
}

/**
 * `source` joins `target` on `on`: its sub-units, collectives, people (their history says
 * when), officers and open work move to the target; its own awards, story links and
 * registrations stay with it (they are its history), and it ends, its page kept, with a
 * last period under the target so that the structure from that day rolls it up there.
 */
export async function mergeOne(tx: Tx, sourceId: string, targetId: string, on: Date, how: 'join' | 'leave' = 'join'): Promise<MergedSource> {
  const source = await tx.unit.findUniqueOrThrow({ where: { id: sourceId }, select: { id: true, parentId: true, active: true } });
  const children = [];
  // Sub-units still in the structure (a dissolved or split one stays where it ended).
  for (const child of await tx.unit.findMany({ where: { parentId: sourceId, periods: { some: { validTo: null } } }, select: { id: true } })) {
    children.push({ id: child.id, parentId: sourceId, period: await setParentFrom(tx, child.id, targetId, on) });
  }
  // People: their history closes on the day and opens at the target (a few queries for all).
  const members = await tx.individual.findMany({ where: { unitId: sourceId }, select: { id: true, position: true } });
  const openHistory = await tx.individualUnitHistory.findMany({ where: { individualId: { in: members.map((p) => p.id) }, unitId: sourceId, endedAt: null }, select: { id: true, individualId: true } });
  await tx.individualUnitHistory.updateMany({ where: { id: { in: openHistory.map((h) => h.id) } }, data: { endedAt: on } });
  const opened = await tx.individualUnitHistory.createManyAndReturn({
    data: members.map((p) => ({ individualId: p.id, unitId: targetId, position: p.position, startedAt: on })),
    select: { id: true, individualId: true },
  });
  await tx.individual.updateMany({ where: { id: { in: members.map((p) => p.id) } }, data: { unitId: targetId } });
  const people = members.map((p) => ({
    id: p.id,
    closedHistory: openHistory.filter((h) => h.individualId === p.id).map((h) => h.id),
    openedHistory: opened.filter((h) => h.individualId === p.id).map((h) => h.id),
  }));
  const ids = async (rows: Promise<{ id: string }[]>) => (await rows).map((r) => r.id);
  const collectives = await ids(tx.collective.findMany({ where: { unitId: sourceId }, select: { id: true } }));
  await tx.collective.updateMany({ where: { id: { in: collectives } }, data: { unitId: targetId } });
  const officers = await ids(tx.user.findMany({ where: { unitId: sourceId }, select: { id: true } }));
  await tx.user.updateMany({ where: { id: { in: officers } }, data: { unitId: targetId } });
  const dossiers = await ids(tx.dossier.findMany({ where: { unitId: sourceId }, select: { id: true } }));
  await tx.dossier.updateMany({ where: { id: { in: dossiers } }, data: { unitId: targetId } });
  const heldDossiers = await ids(tx.dossier.findMany({ where: { holderUnitId: sourceId }, select: { id: true } }));
  await tx.dossier.updateMany({ where: { id: { in: heldDossiers } }, data: { holderUnitId: targetId } });
  // Rows of dossiers still being worked on propose the successor; a decided dossier's rows stay as they were.
  const open = { dossier: { status: { not: 'DECIDED' } } } as const;
  const dossierRows = await ids(tx.dossierRow.findMany({ where: { unitId: sourceId, ...open }, select: { id: true } }));
  await tx.dossierRow.updateMany({ where: { id: { in: dossierRows } }, data: { unitId: targetId } });
  const newUnitRows = await ids(tx.dossierRow.findMany({ where: { newUnitId: sourceId, ...open }, select: { id: true } }));
  await tx.dossierRow.updateMany({ where: { id: { in: newUnitRows } }, data: { newUnitId: targetId } });
  // A registration moves whole for a year the target has none of. For a year both have,
  // the source's aims join the target's (once each; the source itself as an aim becomes the
  // target) and the source's registration stays, as its history.
  const targetRegistrations = new Map((await tx.emulationRegistration.findMany({ where: { unitId: targetId }, select: { id: true, year: true } })).map((r) => [r.year, r.id]));
  const own = await tx.emulationRegistration.findMany({ where: { unitId: sourceId }, select: { id: true, year: true } });
  const registrations = own.filter((r) => !targetRegistrations.has(r.year)).map((r) => r.id);
  await tx.emulationRegistration.updateMany({ where: { id: { in: registrations } }, data: { unitId: targetId } });
  const registrationEntries: string[] = [];
  for (const r of own.filter((r) => targetRegistrations.has(r.year))) {
    const into = targetRegistrations.get(r.year)!;
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO registration_entries (id, registration_id, type_id, unit_id, collective_id, individual_id)
      SELECT md5(random()::text || e.id), ${into}, e.type_id, CASE WHEN e.unit_id = ${sourceId} THEN ${targetId} ELSE e.unit_id END, e.collective_id, e.individual_id
      FROM registration_entries e WHERE e.registration_id = ${r.id}
      ON CONFLICT DO NOTHING RETURNING id`;
    registrationEntries.push(...rows.map((row) => row.id));
  }

  // Merged: it stays in the structure, inside the target. Split: it leaves the structure.
  const period = how === 'join' ? await setParentFrom(tx, sourceId, targetId, on) : await endPeriod(tx, sourceId, on);
  await tx.unit.update({ where: { id: sourceId }, data: { active: false, endedOn: on } });
  await tx.unit.update({ where: { id: targetId }, data: { version: { increment: 1 } } });
  return { id: sourceId, parentId: source.parentId, active: source.active, period, children, people, collectives, officers, dossiers, heldDossiers, dossierRows, newUnitRows, registrations, registrationEntries };
}

/**
 * What changed since the merge among the rows it moved (a person moved on, a collective
 * moved elsewhere, a sub-unit moved again): putting those back would undo a later change,
 * so the undo is refused and says which. Null when everything is where the merge left it.
 */
export async function changedSinceMerge(tx: Tx, s: MergedSource, targetId: string): Promise<string | null> {
  const [people, collectives, officers, children] = await Promise.all([
    tx.individual.findMany({ where: { id: { in: s.people.map((p) => p.id) }, unitId: { not: targetId } }, select: { fullName: true }, take: 3 }),
    tx.collective.findMany({ where: { id: { in: s.collectives }, unitId: { not: targetId } }, select: { name: true }, take: 3 }),
    tx.user.findMany({ where: { id: { in: s.officers }, OR: [{ unitId: null }, { unitId: { not: targetId } }] }, select: { name: true }, take: 3 }),
    tx.unit.findMany({ where: { id: { in: s.children.map((c) => c.id) }, OR: [{ parentId: null }, { parentId: { not: targetId } }] }, select: { name: true }, take: 3 }),
  ]);
  const openedGone = await tx.individualUnitHistory.count({ where: { id: { in: s.people.flatMap((p) => p.openedHistory) }, endedAt: { not: null } } });
  const names = [...people.map((p) => p.fullName), ...collectives.map((c) => c.name), ...officers.map((o) => o.name), ...children.map((c) => c.name)];
  if (names.length) return `${names.join(', ')} đã được chuyển tiếp sau khi sáp nhập`;
  if (openedGone) return `${openedGone} cá nhân đã có thay đổi công tác sau khi sáp nhập`;
  return null;
}

/** Puts back everything `mergeOne` moved out of one source (in the reverse order). */
export async function unmergeOne(tx: Tx, s: MergedSource) {
  await revertPeriod(tx, s.period);
  await tx.unit.update({ where: { id: s.id }, data: { parentId: s.parentId, active: s.active, endedOn: null, version: { increment: 1 } } });
  await tx.registrationEntry.deleteMany({ where: { id: { in: s.registrationEntries } } });
  await tx.emulationRegistration.updateMany({ where: { id: { in: s.registrations } }, data: { unitId: s.id } });
  await tx.dossierRow.updateMany({ where: { id: { in: s.newUnitRows } }, data: { newUnitId: s.id } });
  await tx.dossierRow.updateMany({ where: { id: { in: s.dossierRows } }, data: { unitId: s.id } });
  await tx.dossier.updateMany({ where: { id: { in: s.heldDossiers } }, data: { holderUnitId: s.id } });
  await tx.dossier.updateMany({ where: { id: { in: s.dossiers } }, data: { unitId: s.id } });
  await tx.user.updateMany({ where: { id: { in: s.officers } }, data: { unitId: s.id } });
  await tx.collective.updateMany({ where: { id: { in: s.collectives } }, data: { unitId: s.id } });
  await tx.individualUnitHistory.deleteMany({ where: { id: { in: s.people.flatMap((p) => p.openedHistory) } } });
  await tx.individualUnitHistory.updateMany({ where: { id: { in: s.people.flatMap((p) => p.closedHistory) } }, data: { endedAt: null } });
  await tx.individual.updateMany({ where: { id: { in: s.people.map((p) => p.id) } }, data: { unitId: s.id } });
  for (const child of [...s.children].reverse()) {
    await revertPeriod(tx, child.period);
    await tx.unit.update({ where: { id: child.id }, data: { parentId: child.parentId, version: { increment: 1 } } });
  }
}

/** What a split made and moved: the new parts, and what the first part took over. */
export interface SplitPayload {
  parts: { id: string; name: string; code: string }[];
  moved: MergedSource;
}

/**
 * Whether the parts of a split still hold only what the split gave them (so that undoing it
 * removes nothing anyone added since): the refusal names what they hold, or null.
 */
export async function partsHoldMore(tx: Tx, split: SplitPayload): Promise<string | null> {
  const ids = split.parts.map((p) => p.id);
  const given = { people: new Set(split.moved.people.map((p) => p.id)), collectives: new Set(split.moved.collectives), children: new Set(split.moved.children.map((c) => c.id)), officers: new Set(split.moved.officers) };
  const [awards, people, collectives, children, officers, events, aliases] = await Promise.all([
    tx.award.count({ where: { OR: [{ unitId: { in: ids } }, { holderUnitId: { in: ids } }] } }),
    tx.individual.findMany({ where: { unitId: { in: ids } }, select: { id: true } }),
    tx.collective.findMany({ where: { unitId: { in: ids } }, select: { id: true } }),
    tx.unit.findMany({ where: { parentId: { in: ids } }, select: { id: true } }),
    tx.user.findMany({ where: { unitId: { in: ids } }, select: { id: true } }),
    // Steps on a part that were undone since do not count (their undo put the part back as the split made it).
    tx.unitEvent.count({ where: { unitId: { in: ids }, undoneAt: null } }),
    tx.unitAlias.count({ where: { unitId: { in: ids } } }),
  ]);
  const extra = [
    awards ? `${awards} lượt khen thưởng` : '',
    people.filter((p) => !given.people.has(p.id)).length ? `${people.filter((p) => !given.people.has(p.id)).length} cá nhân mới` : '',
    collectives.filter((c) => !given.collectives.has(c.id)).length ? `${collectives.filter((c) => !given.collectives.has(c.id)).length} tập thể mới` : '',
    children.filter((c) => !given.children.has(c.id)).length ? `${children.filter((c) => !given.children.has(c.id)).length} đơn vị trực thuộc mới` : '',
    officers.filter((o) => !given.officers.has(o.id)).length ? `${officers.filter((o) => !given.officers.has(o.id)).length} tài khoản cán bộ mới` : '',
    events ? `${events} thay đổi tổ chức` : '',
    aliases ? `${aliases} cách viết tên được ghi nhớ` : '',
  ].filter(Boolean);
  return extra.length ? `các đơn vị mới đã có ${extra.join(', ')}` : null;
}

/** The move an event made, undone. */
export async function unmove(tx: Tx, unitId: string, parentId: string | null, period: PeriodChange) {
  await revertPeriod(tx, period);
  await tx.unit.update({ where: { id: unitId }, data: { parentId, version: { increment: 1 } } });
}

/** Units a later event (not undone) touched: undo that one first. */
export async function laterEventFor(tx: Tx, eventId: string, unitIds: string[]) {
  const event = await tx.unitEvent.findUniqueOrThrow({ where: { id: eventId }, select: { createdAt: true } });
  return tx.unitEvent.findFirst({
    where: {
      id: { not: eventId },
      undoneAt: null,
      createdAt: { gte: event.createdAt },
      OR: [{ unitId: { in: unitIds } }, { successions: { some: { OR: [{ predecessorId: { in: unitIds } }, { successorId: { in: unitIds } }] } } }],
    },
    orderBy: { createdAt: 'desc' },
    select: { id: true, kind: true, effectiveOn: true, unit: { select: { name: true } } },
  });
}

export { iso as isoDate };
