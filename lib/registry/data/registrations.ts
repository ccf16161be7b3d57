import 'server-only';
// Emulation registrations as the staff screens read them: one unit's sheet for a year (who
// can aim for which title), and the roll-up a level above sees. Uncached: staff see the
// latest save.
import { db } from '@/lib/db';
import { viCollator } from '@/lib/common/format';
import type { RecipientKind, RegistrationStatus } from '@/lib/generated/prisma/enums';
import { covers, type PipelineScope } from '@/lib/registry/data/scope';

export interface RegistrationTitle {
  id: string;
  code: string;
  name: string;
  recipientKinds: RecipientKind[];
}

/** The titles a registration can aim for: the active emulation titles, highest first. */
export async function listRegistrationTitles(): Promise<RegistrationTitle[]> {
  return db.commendationType.findMany({ where: { kind: 'TITLE', active: true }, orderBy: { rank: 'asc' }, select: { id: true, code: true, name: true, recipientKinds: true } });
}

export interface SheetCandidate {
  kind: RecipientKind;
  id: string;
  name: string;
  detail: string | null;
}

export interface RegistrationSheet {
  unit: { id: string; name: string; parentId: string | null; parentName: string | null };
  year: number;
  registration: { id: string; status: RegistrationStatus; submittedAt: Date | null; reviewedAt: Date | null; reviewNote: string | null } | null;
  /** "typeId:KIND:recordId" of every registered aim. */
  entries: Set<string>;
  candidates: SheetCandidate[];
  titles: RegistrationTitle[];
}

export const entryKey = (typeId: string, kind: RecipientKind, recordId: string) => `${typeId}:${kind}:${recordId}`;

/** A unit's registration for a year, with everyone who could be registered. */
export async function getRegistrationSheet(unitId: string, year: number): Promise<RegistrationSheet | null> {
  const [unit, registration, titles] = await Promise.all([
    db.unit.findUnique({
      where: { id: unitId },
      select: {
        id: true,
        name: true,
        parentId: true,
        parent: { select: { name: true } },
        collectives: { where: { active: true }, select: { id: true, name: true } },
        individuals: { select: { id: true, fullName: true, position: true } },
      },
    }),
    db.emulationRegistration.findUnique({
      where: { unitId_year: { unitId, year } },
      select: { id: true, status: true, submittedAt: true, reviewedAt: true, reviewNote: true, entries: { select: { typeId: true, unitId: true, collectiveId: true, individualId: true } } },
    }),
    listRegistrationTitles(),
  ]);
  if (!unit) return null;
  const byName = (a: { name: string }, b: { name: string }) => viCollator.compare(a.name, b.name);
  const candidates: SheetCandidate[] = [
    { kind: 'UNIT', id: unit.id, name: unit.name, detail: 'Đơn vị' },
    ...unit.collectives.map((c) => ({ kind: 'COLLECTIVE' as const, id: c.id, name: c.name, detail: 'Tập thể' })).sort(byName),
    ...unit.individuals.map((i) => ({ kind: 'INDIVIDUAL' as const, id: i.id, name: i.fullName, detail: i.position })).sort(byName),
  ];
  const entries = new Set(
    (registration?.entries ?? []).map((e) =>
      e.individualId ? entryKey(e.typeId, 'INDIVIDUAL', e.individualId) : e.collectiveId ? entryKey(e.typeId, 'COLLECTIVE', e.collectiveId) : entryKey(e.typeId, 'UNIT', e.unitId!),
    ),
  );
  return {
    unit: { id: unit.id, name: unit.name, parentId: unit.parentId, parentName: unit.parent?.name ?? null },
    year,
    registration: registration ? { id: registration.id, status: registration.status, submittedAt: registration.submittedAt, reviewedAt: registration.reviewedAt, reviewNote: registration.reviewNote } : null,
    entries,
    candidates,
    titles,
  };
}

export interface RollUpRow {
  unitId: string;
  unitName: string;
  depth: number;
  status: RegistrationStatus | 'NONE';
  submittedAt: Date | null;
  /** Registered aims per title code. */
  counts: Record<string, number>;
}

export interface RegistrationRollUp {
  year: number;
  rows: RollUpRow[];
  /** Aims per title code in the registrations sent (submitted or accepted). */
  totals: Record<string, number>;
  /** Units that have not sent theirs (none, or still a draft, or returned). */
  notSubmitted: number;
}

/**
 * Every registration of a year in the scope, unit by unit in tree order: its state and how
 * many aims per title — what the level above checks before accepting.
 */
export async function getRegistrationRollUp(scope: PipelineScope, year: number): Promise<RegistrationRollUp> {
  const [units, registrations, counts] = await Promise.all([
    db.unit.findMany({ where: { active: true }, select: { id: true, name: true, parentId: true } }),
    db.emulationRegistration.findMany({ where: { year }, select: { unitId: true, status: true, submittedAt: true } }),
    db.$queryRaw<{ unit_id: string; code: string; n: number }[]>`
      SELECT r.unit_id, t.code, count(*)::int AS n FROM registration_entries e
      JOIN emulation_registrations r ON r.id = e.registration_id JOIN commendation_types t ON t.id = e.type_id
      WHERE r.year = ${year} GROUP BY 1, 2`,
  ]);
  const children = new Map<string | null, typeof units>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const byUnit = new Map(registrations.map((r) => [r.unitId, r]));
  const countsByUnit = new Map<string, Record<string, number>>();
  for (const c of counts) countsByUnit.set(c.unit_id, { ...(countsByUnit.get(c.unit_id) ?? {}), [c.code]: c.n });

  const rows: RollUpRow[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const u of (children.get(parent) ?? []).sort((a, b) => viCollator.compare(a.name, b.name))) {
      if (covers(scope, u.id)) {
        const r = byUnit.get(u.id);
        rows.push({ unitId: u.id, unitName: u.name, depth, status: r?.status ?? 'NONE', submittedAt: r?.submittedAt ?? null, counts: countsByUnit.get(u.id) ?? {} });
      }
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  const totals: Record<string, number> = {};
  // The totals count what was sent: a draft may still change.
  for (const row of rows.filter((r) => r.status === 'SUBMITTED' || r.status === 'ACCEPTED')) for (const [code, n] of Object.entries(row.counts)) totals[code] = (totals[code] ?? 0) + n;
  return { year, rows, totals, notSubmitted: rows.filter((r) => r.status !== 'SUBMITTED' && r.status !== 'ACCEPTED').length };
}

/** Sent registrations this scope is the level above of (what waits for its review). */
export async function listRegistrationsToReview(scope: PipelineScope, year: number) {
  const rows = await db.emulationRegistration.findMany({
    where: { year, status: 'SUBMITTED', ...(scope.all ? {} : { unit: { parentId: { in: [...scope.units] } } }) },
    orderBy: { submittedAt: 'asc' },
    select: { id: true, unitId: true, submittedAt: true, unit: { select: { name: true } }, _count: { select: { entries: true } } },
  });
  return rows.map((r) => ({ id: r.id, unitId: r.unitId, unitName: r.unit.name, submittedAt: r.submittedAt, entries: r._count.entries }));
}
