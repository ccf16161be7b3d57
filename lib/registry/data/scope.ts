import 'server-only';
// Who may see and act on what before the decision. A unit officer works for their unit and
// every unit below it; registrars and administrators see every unit. Each pipeline action
// and page asks here, on the server, with the account as the database has it now.
import { db } from '@/lib/db';
import { forbidden } from 'next/navigation';
import { PIPELINE_ROLES } from '@/lib/auth/roles';
import { requireStaff, type CurrentUser } from '@/lib/auth/session';
import type { Prisma } from '@/lib/generated/prisma/client';

type Client = Pick<Prisma.TransactionClient, '$queryRaw'>;

/** A unit and every unit below it, by id. */
export async function unitSubtreeIds(unitId: string, client: Client = db): Promise<string[]> {
  const rows = await client.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = ${unitId} UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
    SELECT id FROM sub`;
  return rows.map((r) => r.id);
}

export type PipelineScope =
  /** Registrars and administrators: every unit. */
  | { all: true; role: 'ADMIN' | 'REGISTRAR' }
  /** A unit officer: their unit (root) and the units below it. */
  | { all: false; root: string; units: ReadonlySet<string> };

/** What a pipeline account covers; null for an account with no part in the pipeline. */
export async function pipelineScope(user: CurrentUser, client: Client = db): Promise<PipelineScope | null> {
  if (user.role === 'ADMIN' || user.role === 'REGISTRAR') return { all: true, role: user.role };
  if (user.role !== 'UNIT_OFFICER' || !user.unitId) return null;
  return { all: false, root: user.unitId, units: new Set(await unitSubtreeIds(user.unitId, client)) };
}

/** Whether the scope covers a unit (a unit officer: their subtree). */
export function covers(scope: PipelineScope, unitId: string): boolean {
  return scope.all || scope.units.has(unitId);
}

/**
 * Whether the scope may act at a level: a unit (its officers, or an officer of a unit
 * above it) or, for `null`, the authority (its registrars). Administrators act anywhere.
 */
export function actsAt(scope: PipelineScope, holderUnitId: string | null): boolean {
  if (scope.all) return scope.role === 'ADMIN' || holderUnitId === null;
  return holderUnitId !== null && scope.units.has(holderUnitId);
}

/** A Prisma filter: the rows whose `unitId` the scope covers. */
export function unitFilter(scope: PipelineScope): { unitId?: { in: string[] } } {
  return scope.all ? {} : { unitId: { in: [...scope.units] } };
}

/** The gate of every pipeline page: a pipeline account and what it covers. */
export async function requirePipelineScope(from: string): Promise<{ user: CurrentUser; scope: PipelineScope }> {
  const user = await requireStaff(PIPELINE_ROLES, from);
  const scope = await pipelineScope(user);
  if (!scope) forbidden();
  return { user, scope };
}

/** The unit at the root of an officer's scope (null for registrars and administrators). */
export async function scopeRootUnit(scope: PipelineScope): Promise<{ id: string; name: string } | null> {
  return scope.all ? null : db.unit.findUnique({ where: { id: scope.root }, select: { id: true, name: true } });
}

/** Who writes a unit's registration and dossiers: its officers and those above, and administrators — not registrars, who receive them. */
export function writesFor(scope: PipelineScope, unitId: string): boolean {
  return scope.all ? scope.role === 'ADMIN' : covers(scope, unitId);
}

/** Whether the scope sees a dossier: its unit is covered; registrars only once it was sent. */
export function seesDossier(scope: PipelineScope, dossier: { unitId: string; submittedAt: Date | null }): boolean {
  if (!covers(scope, dossier.unitId)) return false;
  return !(scope.all && scope.role === 'REGISTRAR' && !dossier.submittedAt);
}

/**
 * Whether the scope may add or take off a dossier's files now: it acts at the dossier's
 * level (the unit while a draft or returned), and the dossier is not decided.
 */
export function attachesTo(scope: PipelineScope, dossier: { unitId: string; status: string; holderUnitId: string | null }): boolean {
  if (dossier.status === 'DECIDED' || !actsAt(scope, dossier.holderUnitId)) return false;
  return dossier.status !== 'DRAFT' && dossier.status !== 'RETURNED' ? true : writesFor(scope, dossier.unitId);
}

/**
 * For the proxy (real status codes before rendering): whether the account may see the
 * dossier or registration sheet an address names; null for any other address. The pages
 * check again themselves.
 */
export async function pipelineAddressVisible(user: CurrentUser, pathname: string): Promise<boolean | null> {
  const dossierId = /^\/admin\/thi-dua\/ho-so\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname)?.[1];
  const unitId = /^\/admin\/thi-dua\/dang-ky\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname)?.[1];
  if ((!dossierId || dossierId === 'moi') && !unitId) return null;
  const scope = await pipelineScope(user);
  if (!scope) return false;
  if (unitId) return covers(scope, unitId) && (await db.unit.count({ where: { id: unitId } })) === 1;
  const dossier = await db.dossier.findUnique({ where: { id: dossierId }, select: { unitId: true, submittedAt: true } });
  return !!dossier && seesDossier(scope, dossier);
}
