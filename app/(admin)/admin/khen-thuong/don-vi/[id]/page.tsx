import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EditUnitForm, MergeUnitForm, MoveUnitForm } from '@/components/admin/unit-forms';
import { requireStaff } from '@/lib/auth/session';
import { getUnitForEdit, listUnitTree } from '@/lib/registry/data/units';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { registryPaths, unitKindLabels } from '@/lib/registry/labels';
import { UNIT_KIND_VALUES } from '@/lib/registry/schemas/writes';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Đơn vị' };
export const instant = false;

export default async function UnitAdminPage({ params }: PageProps<'/admin/khen-thuong/don-vi/[id]'>) {
  const { id } = await params;
  await requireStaff(REGISTRY_ROLES, `/admin/khen-thuong/don-vi/${id}`);
  const [found, tree] = await Promise.all([getUnitForEdit(id), listUnitTree()]);
  if (!found) notFound();
  const { unit, awards } = found;
  // Not itself, nor anything below it: the server refuses those too.
  const below = new Set([id]);
  for (const u of tree) if (u.parentId && below.has(u.parentId)) below.add(u.id);
  const candidates = tree.filter((u) => !below.has(u.id)).map((u) => ({ id: u.id, label: u.label }));
  const node = tree.find((u) => u.id === id);
  const kinds = UNIT_KIND_VALUES.map((value) => ({ value, label: unitKindLabels[value] }));
  return (
    <div className="max-w-2xl space-y-4">
      <BackLink href="/admin/khen-thuong/don-vi" className="">Đơn vị</BackLink>
      <h1 className="font-serif text-3xl font-bold text-brand-700">{unit.name}</h1>
      <p className="text-sm text-stone-600">
        Mã {unit.code} · {node?.collectives ?? 0} tập thể · {node?.individuals ?? 0} cá nhân · {awards} lượt khen thưởng của đơn vị ·{' '}
        <Link href={registryPaths.unit(unit.slug)} className="text-brand-700 underline">
          trang công khai
        </Link>
      </p>
      <section aria-labelledby="edit-unit" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="edit-unit" className="mb-2 font-semibold">
          Thông tin
        </h2>
        <EditUnitForm unit={unit} kinds={kinds} />
      </section>
      <section aria-labelledby="move-unit" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="move-unit" className="mb-2 font-semibold">
          Chuyển đơn vị
        </h2>
        <MoveUnitForm id={unit.id} parentId={unit.parentId} candidates={candidates} />
      </section>
      <section aria-labelledby="merge-unit" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="merge-unit" className="mb-2 font-semibold">
          Sáp nhập vào đơn vị khác
        </h2>
        <p className="mb-2 text-sm text-stone-700">Mọi đơn vị trực thuộc, tập thể, cá nhân (kèm lịch sử công tác), khen thưởng và liên kết bài viết chuyển sang đơn vị nhận; tổng số khen thưởng không đổi.</p>
        <MergeUnitForm sourceId={unit.id} candidates={candidates} />
      </section>
    </div>
  );
}
