import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CommendationTypeForm } from '@/components/admin/catalogue-forms';
import { requireStaff } from '@/lib/auth/session';
import { getCommendationTypeForEdit } from '@/lib/registry/data/commendation-types';
import { catalogueChoices } from '@/lib/registry/choices';
import { ADMIN_ROLES } from '@/lib/auth/roles';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Sửa danh mục' };
export const instant = false;

export default async function CommendationTypeAdminPage({ params }: PageProps<'/admin/khen-thuong/danh-muc/[id]'>) {
  const { id } = await params;
  await requireStaff(ADMIN_ROLES, `/admin/khen-thuong/danh-muc/${id}`);
  const type = await getCommendationTypeForEdit(id);
  if (!type) notFound();
  return (
    <div className="max-w-2xl space-y-4">
      <BackLink href="/admin/khen-thuong/danh-muc" className="">Danh mục</BackLink>
      <h1 className="font-serif text-3xl font-bold text-brand-700">{type.name}</h1>
      <div className="rounded border border-stone-200 bg-white p-4">
        <CommendationTypeForm type={type} choices={catalogueChoices} />
      </div>
    </div>
  );
}
