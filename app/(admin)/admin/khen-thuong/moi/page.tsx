import type { Metadata } from 'next';
import { DecisionForm } from '@/components/admin/decision-form';
import { requireStaff } from '@/lib/admin-session';
import { db } from '@/lib/db';
import { REGISTRY_ROLES } from '@/lib/permissions';
import { decisionCategoryLabels } from '@/lib/registry/labels';
import { DECISION_CATEGORY_VALUES } from '@/lib/validations/registry-write';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Nhập quyết định khen thưởng' };
export const instant = false;

export default async function NewDecisionPage() {
  await requireStaff(REGISTRY_ROLES, '/admin/khen-thuong/moi');
  const [units, types, campaigns] = await Promise.all([
    db.unit.findMany({ where: { active: true }, select: { id: true, name: true, parentId: true }, orderBy: { name: 'asc' } }),
    db.commendationType.findMany({ where: { active: true }, select: { id: true, name: true, recipientKinds: true }, orderBy: { rank: 'asc' } }),
    db.campaign.findMany({ orderBy: [{ closedAt: { sort: 'asc', nulls: 'first' } }, { startDate: 'desc' }], select: { id: true, name: true } }),
  ]);
  // The unit tree, depth-first, indented.
  const children = new Map<string | null, typeof units>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const ids = new Set(units.map((u) => u.id));
  const ordered: { id: string; label: string; name: string }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const u of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'vi'))) {
      ordered.push({ id: u.id, label: `${'\u00a0\u00a0'.repeat(depth)}${u.name}`, name: u.name });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  // Units whose parent is inactive would be skipped by the walk: list them at the top level.
  for (const u of units) {
    if (!u.parentId || ids.has(u.parentId)) continue;
    ordered.push({ id: u.id, label: u.name, name: u.name });
    walk(u.id, 1);
  }
  return (
    <div>
      <BackLink href="/admin/khen-thuong">Quyết định khen thưởng</BackLink>
      <h1 className="mb-4 font-serif text-3xl font-bold text-brand-700">Nhập quyết định khen thưởng</h1>
      <DecisionForm
        options={{
          units: ordered,
          types: types.map((t) => ({ id: t.id, name: t.name, recipientKinds: t.recipientKinds })),
          campaigns,
          categories: DECISION_CATEGORY_VALUES.map((value) => ({ value, label: decisionCategoryLabels[value] })),
        }}
      />
    </div>
  );
}
