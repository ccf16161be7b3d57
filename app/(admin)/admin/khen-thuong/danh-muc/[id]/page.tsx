import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CommendationTypeForm } from '@/components/admin/catalogue-forms';
import { requireStaff } from '@/lib/admin-session';
import { db } from '@/lib/db';
import { catalogueChoices } from '@/lib/data/admin-catalogue';
import { ADMIN_ROLES } from '@/lib/permissions';

export const metadata: Metadata = { title: 'Sửa danh mục' };
export const instant = false;

export default async function CommendationTypeAdminPage({ params }: PageProps<'/admin/khen-thuong/danh-muc/[id]'>) {
  const { id } = await params;
  await requireStaff(ADMIN_ROLES, `/admin/khen-thuong/danh-muc/${id}`);
  const type = await db.commendationType.findUnique({ where: { id } });
  if (!type) notFound();
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm">
        <Link href="/admin/khen-thuong/danh-muc" className="text-brand-700 underline">
          ‹ Danh mục
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold text-brand-700">{type.name}</h1>
      <div className="rounded border border-stone-200 bg-white p-4">
        <CommendationTypeForm type={type} choices={catalogueChoices} />
      </div>
    </div>
  );
}
