'use server';
// The story editor's picker of registry records to link (newsroom staff only): a read a
// client component calls, so it goes through withRoleRead like a write through withRole.
import { z } from 'zod';
import { NEWSROOM_ROLES } from '@/lib/auth/roles';
import { withRoleRead } from '@/lib/auth/with-role';
import { db } from '@/lib/db';
import { searchTerms } from '@/lib/newsroom/schemas/search';
import { formatDate } from '@/lib/common/format';

export type RecordKind = 'decision' | 'campaign' | 'unit' | 'collective' | 'individual';
export interface RecordOption {
  id: string;
  label: string;
}

const RECORD_KINDS = ['decision', 'campaign', 'unit', 'collective', 'individual'] as const satisfies readonly RecordKind[];
const argsSchema = z.tuple([z.enum(RECORD_KINDS), z.string().max(120)]);

export const lookupRegistryRecords = withRoleRead(NEWSROOM_ROLES, argsSchema, [] as RecordOption[], async ([kind, q]) => {
  const terms = searchTerms(q).slice(0, 6);
  if (terms.length === 0) return [];
  const where = { AND: terms.map((t) => ({ searchText: { contains: t } })) };
  const take = 12;
  switch (kind) {
    case 'decision':
      return (await db.decision.findMany({ where, take, orderBy: { signedAt: 'desc' }, select: { id: true, number: true, signedAt: true } })).map((d) => ({
        id: d.id,
        label: `QĐ ${d.number} (${formatDate(d.signedAt)})`,
      }));
    case 'campaign':
      // Campaigns have no search column: fold their names in the query.
      return (
        await db.$queryRaw<{ id: string; name: string }[]>`
          SELECT id, name FROM campaigns WHERE lower(bv_unaccent(name)) LIKE ALL(${terms.map((t) => `%${t}%`)}::text[])
          ORDER BY start_date DESC LIMIT ${take}`
      ).map((c) => ({ id: c.id, label: c.name }));
    case 'unit':
      return (await db.unit.findMany({ where, take, orderBy: { name: 'asc' }, select: { id: true, name: true } })).map((u) => ({ id: u.id, label: u.name }));
    case 'collective':
      return (await db.collective.findMany({ where, take, orderBy: { name: 'asc' }, select: { id: true, name: true, unit: { select: { name: true } } } })).map((c) => ({
        id: c.id,
        label: `${c.name} (${c.unit.name})`,
      }));
    case 'individual':
      return (
        await db.individual.findMany({ where, take, orderBy: { fullName: 'asc' }, select: { id: true, fullName: true, position: true, unit: { select: { name: true } } } })
      ).map((i) => ({ id: i.id, label: `${i.fullName}${i.position ? `, ${i.position}` : ''} (${i.unit.name})` }));
  }
});
