'use server';
// The registrar's decision grid asks as it is filled in: which existing people,
// collectives or units a name may mean, and how pasted spreadsheet rows match the
// registry. Reads a client component calls, for registrars only (withRoleRead).
import { z } from 'zod';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { withRoleRead } from '@/lib/auth/with-role';
import { db } from '@/lib/db';
import { searchTerms } from '@/lib/newsroom/schemas/search';
import { resolveRows, type ResolvedRow } from '@/lib/registry/data/recipient-matching';
import { MAX_YEAR, MIN_YEAR } from '@/lib/registry/schemas/filters';
import { pastedRowsSchema } from '@/lib/registry/schemas/writes';

const pastedArgs = z.tuple([pastedRowsSchema, z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR)]);

/** Pasted spreadsheet rows matched against the registry, for the award year given. */
export const resolvePastedRecipients = withRoleRead(REGISTRY_ROLES, pastedArgs, null as ResolvedRow[] | null, ([rows, year]) => resolveRows(rows, year));

export interface RecipientSuggestion {
  id: string;
  label: string;
  name: string;
  unitId: string;
}

const suggestArgs = z.tuple([z.unknown(), z.unknown().transform((q) => (typeof q === 'string' ? q.slice(0, 120) : ''))]);

/** Existing people, collectives or units whose names start like `q`. */
export const suggestRecipients = withRoleRead(REGISTRY_ROLES, suggestArgs, [] as RecipientSuggestion[], async ([kind, q]) => {
  const terms = searchTerms(q).slice(0, 6);
  if (terms.length === 0) return [];
  const where = { AND: terms.map((t) => ({ searchText: { contains: t } })) };
  if (kind === 'INDIVIDUAL') {
    const rows = await db.individual.findMany({ where, take: 8, orderBy: { fullName: 'asc' }, select: { id: true, fullName: true, position: true, unitId: true, unit: { select: { name: true } } } });
    return rows.map((r) => ({ id: r.id, name: r.fullName, unitId: r.unitId, label: `${r.fullName}${r.position ? `, ${r.position}` : ''} – ${r.unit.name}` }));
  }
  if (kind === 'COLLECTIVE') {
    const rows = await db.collective.findMany({ where, take: 8, orderBy: { name: 'asc' }, select: { id: true, name: true, unitId: true, unit: { select: { name: true } } } });
    return rows.map((r) => ({ id: r.id, name: r.name, unitId: r.unitId, label: `${r.name} – ${r.unit.name}` }));
  }
  if (kind === 'UNIT') {
    const rows = await db.unit.findMany({ where: { ...where, active: true }, take: 8, orderBy: { name: 'asc' }, select: { id: true, name: true } });
    return rows.map((r) => ({ id: r.id, name: r.name, unitId: r.id, label: r.name }));
  }
  return [];
});
