import 'server-only';
// Nomination dossiers as the staff screens read them: the inbox of a scope, and one dossier
// with its route up the levels, its rows (each checked against the rules in force on the
// submission date, the unit's registrations and the awards already given), its history and
// its files. Uncached: staff see the latest step.
import { db } from '@/lib/db';
import type { DossierAction, DossierStatus, RecipientKind } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { evaluateNominees, unitQuotaOverruns, type CandidateEvaluation } from '@/lib/registry/data/eligibility';
import { citation } from '@/lib/registry/eligibility';
import { actsAt, seesDossier, unitFilter, type PipelineScope } from '@/lib/registry/data/scope';

type Client = Pick<Prisma.TransactionClient, '$queryRaw'>;

export interface Level {
  /** null: the authority that decides. */
  unitId: string | null;
  name: string;
}

/**
 * The levels a dossier of `unitId` passes, from the unit itself up to the top unit, then
 * the authority that confers `authority`'s honour.
 */
export async function dossierRoute(unitId: string, authority: string, client: Client = db): Promise<Level[]> {
  const chain = await client.$queryRaw<{ id: string; name: string; depth: number }[]>`
    WITH RECURSIVE up(id, name, parent_id, depth) AS (
      SELECT id, name, parent_id, 0 FROM units WHERE id = ${unitId}
      UNION ALL SELECT u.id, u.name, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id WHERE up.depth < 20
    ) SELECT id, name, depth FROM up ORDER BY depth`;
  return [...chain.map((c) => ({ unitId: c.id as string | null, name: c.name })), { unitId: null, name: authorityLevel(authority) }];
}

export const authorityLevel = (authority: string) => `${authority} (bộ phận thi đua – khen thưởng)`;

/** The level after `holder` on the route (towards the authority). */
export function levelAbove(route: Level[], holder: string | null): Level {
  const i = route.findIndex((l) => l.unitId === holder);
  return route[Math.min(i + 1, route.length - 1)]!;
}

/** The level before `holder` on the route (towards the unit); the unit itself at the bottom. */
export function levelBelow(route: Level[], holder: string | null): Level {
  const i = route.findIndex((l) => l.unitId === holder);
  return route[Math.max(i - 1, 0)]!;
}

export interface DossierListItem {
  id: string;
  code: string;
  title: string;
  year: number;
  status: DossierStatus;
  unitName: string;
  typeName: string;
  holderName: string;
  deadline: Date | null;
  updatedAt: Date;
  rows: number;
  /** The scope may act on it now. */
  mine: boolean;
}

export type DossierBox = 'cho-xu-ly' | 'tat-ca';

/**
 * The dossiers a scope sees, by deadline (soonest first, none last) then last change:
 * a unit officer those of their subtree; registrars every one sent up (no drafts);
 * `cho-xu-ly` keeps those waiting for this scope to act.
 */
export async function listDossiers(scope: PipelineScope, box: DossierBox, status?: DossierStatus): Promise<DossierListItem[]> {
  const where: Prisma.DossierWhereInput = {
    ...unitFilter(scope),
    ...(scope.all && scope.role === 'REGISTRAR' ? { submittedAt: { not: null } } : {}),
    ...(status ? { status } : {}),
  };
  const rows = await db.dossier.findMany({
    where,
    orderBy: [{ deadline: { sort: 'asc', nulls: 'last' } }, { updatedAt: 'desc' }],
    take: 500,
    select: {
      id: true,
      code: true,
      title: true,
      year: true,
      status: true,
      deadline: true,
      updatedAt: true,
      holderUnitId: true,
      unitId: true,
      unit: { select: { name: true } },
      holderUnit: { select: { name: true } },
      type: { select: { name: true, authority: true } },
      _count: { select: { rows: true } },
    },
  });
  const items = rows.map((d) => ({
    id: d.id,
    code: d.code,
    title: d.title,
    year: d.year,
    status: d.status,
    unitName: d.unit.name,
    typeName: d.type.name,
    holderName: d.holderUnit?.name ?? authorityLevel(d.type.authority),
    deadline: d.deadline,
    updatedAt: d.updatedAt,
    rows: d._count.rows,
    mine: d.status !== 'DECIDED' && actsAt(scope, d.holderUnitId) && !(d.status === 'DRAFT' && scope.all && scope.role === 'REGISTRAR'),
  }));
  return box === 'cho-xu-ly' ? items.filter((d) => d.mine && d.status !== 'DRAFT') : items;
}

export interface DossierRowView {
  id: string;
  position: number;
  kind: RecipientKind;
  recordId: string | null;
  name: string;
  detail: string | null;
  unitName: string;
  /** The recipient's unit (a new person's too). */
  unitId: string;
  typeId: string;
  typeCode: string;
  typeName: string;
  raisedFrom: string | null;
  achievement: string;
  rejected: boolean;
  rejectionNote: string | null;
  isNew: boolean;
  evaluation: CandidateEvaluation;
  /** Registered for this title this year (null: the honour is not an emulation title). */
  registered: boolean | null;
}

export interface DossierView {
  id: string;
  code: string;
  title: string;
  year: number;
  status: DossierStatus;
  version: number;
  deadline: Date | null;
  submittedAt: Date | null;
  /** The rules the rows were checked under are those in force on this day. */
  checkedOn: Date;
  unit: { id: string; name: string };
  type: { id: string; code: string; name: string; rank: number; authority: string; kind: string; recipientKinds: RecipientKind[] };
  campaign: { id: string; name: string } | null;
  decision: { id: string; slug: string; number: string } | null;
  holderUnitId: string | null;
  route: Level[];
  holder: Level;
  rows: DossierRowView[];
  quotaOverruns: { unitName: string; text: string; citation: string }[];
  steps: { id: string; action: DossierAction; fromLevel: string | null; toLevel: string | null; note: string | null; actorName: string; createdAt: Date }[];
  attachments: { id: string; fileName: string; mimeType: string; size: number; createdAt: Date; uploadedByName: string | null }[];
}

const rowSelect = {
  id: true,
  position: true,
  kind: true,
  individualId: true,
  collectiveId: true,
  unitId: true,
  newName: true,
  newPosition: true,
  newUnitId: true,
  achievement: true,
  rejected: true,
  rejectionNote: true,
  typeId: true,
  type: { select: { code: true, name: true, kind: true } },
  raisedFromType: { select: { name: true } },
  individual: { select: { fullName: true, position: true, unitId: true, unit: { select: { name: true } } } },
  collective: { select: { name: true, unitId: true, unit: { select: { name: true } } } },
  unit: { select: { name: true } },
  newUnit: { select: { name: true } },
} satisfies Prisma.DossierRowSelect;

/** One dossier for a scope that covers its unit; null when it does not exist or is not the scope's. */
export async function getDossier(id: string, scope: PipelineScope): Promise<DossierView | null> {
  const d = await db.dossier.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      title: true,
      year: true,
      status: true,
      version: true,
      deadline: true,
      submittedAt: true,
      holderUnitId: true,
      unit: { select: { id: true, name: true } },
      type: { select: { id: true, code: true, name: true, rank: true, authority: true, kind: true, recipientKinds: true } },
      campaign: { select: { id: true, name: true } },
      decision: { select: { id: true, slug: true, number: true } },
      rows: { orderBy: { position: 'asc' }, select: rowSelect },
      steps: { orderBy: { createdAt: 'asc' }, select: { id: true, action: true, fromLevel: true, toLevel: true, note: true, actorName: true, createdAt: true } },
      attachments: { where: { removedAt: null }, orderBy: { createdAt: 'asc' }, select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true, uploadedBy: { select: { name: true } } } },
    },
  });
  // Registrars see what was sent to the authority, not a unit's unsent drafts.
  if (!d || !seesDossier(scope, { unitId: d.unit.id, submittedAt: d.submittedAt })) return null;
  const checkedOn = d.submittedAt ?? new Date();
  const route = await dossierRoute(d.unit.id, d.type.authority);
  const [rows, quota] = await Promise.all([checkRows(d.rows, d.year, checkedOn), quotaChecks(d.rows, d.type.code, d.year, checkedOn)]);
  return {
    ...d,
    checkedOn,
    route,
    holder: route.find((l) => l.unitId === d.holderUnitId) ?? { unitId: d.holderUnitId, name: d.holderUnitId ? 'Đơn vị khác' : authorityLevel(d.type.authority) },
    rows,
    quotaOverruns: quota,
    attachments: d.attachments.map((a) => ({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: a.size, createdAt: a.createdAt, uploadedByName: a.uploadedBy?.name ?? null })),
  };
}

type RowRecord = Prisma.DossierRowGetPayload<{ select: typeof rowSelect }>;

const recordOf = (r: RowRecord) => r.individualId ?? r.collectiveId ?? r.unitId;
const unitOf = (r: RowRecord) => r.individual?.unitId ?? r.collective?.unitId ?? r.unitId ?? r.newUnitId!;

async function checkRows(rows: RowRecord[], year: number, on: Date): Promise<DossierRowView[]> {
  const evaluations = await evaluateNominees(
    rows.map((r) => ({ typeCode: r.type.code, candidate: recordOf(r) ? { kind: r.kind, id: recordOf(r)! } : null })),
    year,
    on,
  );
  // Registered aims of the year, in registrations that were sent (a draft does not count).
  const titleRows = rows.filter((r) => r.type.kind === 'TITLE' && recordOf(r));
  const registered = titleRows.length
    ? await db.registrationEntry.findMany({
        where: {
          registration: { year, status: { in: ['SUBMITTED', 'ACCEPTED'] } },
          typeId: { in: [...new Set(titleRows.map((r) => r.typeId))] },
          OR: [
            { individualId: { in: titleRows.flatMap((r) => (r.individualId ? [r.individualId] : [])) } },
            { collectiveId: { in: titleRows.flatMap((r) => (r.collectiveId ? [r.collectiveId] : [])) } },
            { unitId: { in: titleRows.flatMap((r) => (r.unitId ? [r.unitId] : [])) } },
          ],
        },
        select: { typeId: true, individualId: true, collectiveId: true, unitId: true },
      })
    : [];
  const registeredKeys = new Set(registered.map((e) => `${e.typeId}:${e.individualId ?? e.collectiveId ?? e.unitId}`));
  return rows.map((r, i) => ({
    id: r.id,
    position: r.position,
    kind: r.kind,
    recordId: recordOf(r),
    name: r.individual?.fullName ?? r.collective?.name ?? r.unit?.name ?? r.newName ?? '',
    detail: r.individual?.position ?? r.newPosition ?? null,
    unitName: r.individual?.unit.name ?? r.collective?.unit.name ?? r.unit?.name ?? r.newUnit?.name ?? '',
    unitId: unitOf(r),
    typeId: r.typeId,
    typeCode: r.type.code,
    typeName: r.type.name,
    raisedFrom: r.raisedFromType?.name ?? null,
    achievement: r.achievement,
    rejected: r.rejected,
    rejectionNote: r.rejectionNote,
    isNew: !recordOf(r),
    evaluation: evaluations[i]!,
    registered: r.type.kind !== 'TITLE' ? null : recordOf(r) ? registeredKeys.has(`${r.typeId}:${recordOf(r)}`) : false,
  }));
}

/** Per unit: the quotas of the dossier's type its proposed people would exceed. */
async function quotaChecks(rows: RowRecord[], typeCode: string, year: number, on: Date) {
  const perUnit = new Map<string, { name: string; n: number }>();
  for (const r of rows) {
    if (r.rejected || r.kind !== 'INDIVIDUAL' || r.type.code !== typeCode) continue;
    const id = unitOf(r);
    const name = r.individual?.unit.name ?? r.newUnit?.name ?? '';
    perUnit.set(id, { name, n: (perUnit.get(id)?.n ?? 0) + 1 });
  }
  const found = await Promise.all([...perUnit].map(async ([unitId, { name, n }]) => (await unitQuotaOverruns(typeCode, unitId, n, year, on)).map((o) => ({ unitName: name, text: o.text, citation: citation(o.rule) }))));
  return found.flat();
}
