import type { Metadata } from 'next';
import { DecisionForm } from '@/components/admin/decision-form';
import { requireStaff } from '@/lib/auth/session';
import { getDecisionFormOptions } from '@/lib/registry/data/decisions';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { decisionCategoryLabels } from '@/lib/registry/labels';
import { DECISION_CATEGORY_VALUES } from '@/lib/registry/schemas/writes';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Nhập quyết định khen thưởng' };
export const instant = false;

export default async function NewDecisionPage() {
  await requireStaff(REGISTRY_ROLES, '/admin/khen-thuong/moi');
  const { units: ordered, types, campaigns } = await getDecisionFormOptions();
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
