import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditCollectiveForm } from '@/components/admin/recipient-forms';
import { requireStaff } from '@/lib/auth/session';
import { getCollectiveForEdit } from '@/lib/registry/data/people';
import { listUnitTree } from '@/lib/registry/data/units';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { AwardHistory } from '@/components/admin/award-history';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Hồ sơ tập thể' };
export const instant = false;

export default async function CollectiveAdminPage({ params }: PageProps<'/admin/khen-thuong/ho-so/tap-the/[id]'>) {
  const { id } = await params;
  await requireStaff(REGISTRY_ROLES, `/admin/khen-thuong/ho-so/tap-the/${id}`);
  const [collective, tree] = await Promise.all([
    getCollectiveForEdit(id),
    listUnitTree(),
  ]);
  if (!collective) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <BackLink href="/admin/khen-thuong/ho-so" className="">Cá nhân và tập thể</BackLink>
      <h1 className="font-serif text-3xl font-bold text-brand-700">{collective.name}</h1>
      <p className="text-sm text-stone-600">{collective.unit.name}</p>
      <AwardHistory awards={collective.awards} />
      <section aria-labelledby="edit-h" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="edit-h" className="mb-2 font-semibold">
          Thông tin
        </h2>
        <EditCollectiveForm collective={collective} units={tree.filter((u) => u.active || u.id === collective.unitId).map((u) => ({ id: u.id, label: u.label }))} />
      </section>
    </div>
  );
}
