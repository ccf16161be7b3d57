import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateUnitForm } from '@/components/admin/unit-forms';
import { requireStaff } from '@/lib/auth/session';
import { listUnitTree } from '@/lib/registry/data/units';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { unitKindLabels } from '@/lib/registry/labels';
import { UNIT_KIND_VALUES } from '@/lib/registry/schemas/writes';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Đơn vị' };
export const instant = false;

export default async function UnitsAdminPage() {
  await requireStaff(REGISTRY_ROLES, '/admin/khen-thuong/don-vi');
  const tree = await listUnitTree();
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div>
        <BackLink href="/admin/khen-thuong">Quyết định khen thưởng</BackLink>
        <h1 className="mb-4 font-serif text-3xl font-bold text-brand-700">Đơn vị</h1>
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">Cây đơn vị</caption>
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th className="p-2">Đơn vị</th>
              <th className="p-2">Mã</th>
              <th className="p-2 text-right">Tập thể</th>
              <th className="p-2 text-right">Cá nhân</th>
            </tr>
          </thead>
          <tbody>
            {tree.map((u) => (
              <tr key={u.id} className="border-b border-stone-100">
                <td className="p-2" style={{ paddingLeft: `${0.5 + u.depth * 1.25}rem` }}>
                  <Link href={`/admin/khen-thuong/don-vi/${u.id}`} className="text-brand-700 hover:underline">
                    {u.name}
                  </Link>
                  {u.active ? null : <span className="ml-2 text-xs text-stone-600">(ngừng hoạt động)</span>}
                </td>
                <td className="p-2 font-mono text-xs">{u.code}</td>
                <td className="p-2 text-right">{u.collectives}</td>
                <td className="p-2 text-right">{u.individuals}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <aside className="rounded border border-stone-200 bg-white p-4">
        <h2 className="mb-3 font-semibold">Thêm đơn vị</h2>
        <CreateUnitForm units={tree.filter((u) => u.active).map((u) => ({ id: u.id, label: u.label }))} kinds={UNIT_KIND_VALUES.map((value) => ({ value, label: unitKindLabels[value] }))} />
      </aside>
    </div>
  );
}
