import 'server-only';
// The unit tree for the registrar's pages: depth-first order with indentation and counts.
import { db } from '@/lib/db';

export interface UnitNode {
  id: string;
  name: string;
  code: string;
  parentId: string | null;
  active: boolean;
  depth: number;
  collectives: number;
  individuals: number;
  label: string;
}

export async function listUnitTree(): Promise<UnitNode[]> {
  const units = await db.unit.findMany({
    select: { id: true, name: true, code: true, parentId: true, active: true, _count: { select: { collectives: true, individuals: true } } },
  });
  const children = new Map<string | null, typeof units>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: UnitNode[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const u of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'vi'))) {
      out.push({ id: u.id, name: u.name, code: u.code, parentId: u.parentId, active: u.active, depth, collectives: u._count.collectives, individuals: u._count.individuals, label: `${'\u00a0\u00a0'.repeat(depth)}${u.name}` });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
