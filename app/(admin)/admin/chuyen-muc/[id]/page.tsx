import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeleteCategoryButton, EditCategoryForm } from '@/components/admin/category-forms';
import { requireStaff } from '@/lib/auth/session';
import { getCategoryForEdit } from '@/lib/newsroom/data/categories';
import { ADMIN_ROLES } from '@/lib/auth/roles';
import { BackLink } from '@/components/admin/back-link';
import { categoryPath } from '@/lib/newsroom/site';

export const metadata: Metadata = { title: 'Sửa chuyên mục' };
export const instant = false;

export default async function CategoryPage({ params }: PageProps<'/admin/chuyen-muc/[id]'>) {
  const { id } = await params;
  await requireStaff(ADMIN_ROLES, `/admin/chuyen-muc/${id}`);
  const found = await getCategoryForEdit(id);
  if (!found) notFound();
  const { category, roots } = found;
  return (
    <div className="max-w-xl">
      <BackLink href="/admin/chuyen-muc">Chuyên mục</BackLink>
      <h1 className="mb-1 font-serif text-2xl font-bold text-brand-700">{category.name}</h1>
      <p className="mb-4 text-sm text-stone-600">
        <Link href={categoryPath(category.slug)} className="underline">
          /chuyen-muc/{category.slug}
        </Link>{' '}
        · {category._count.articles.toLocaleString('vi-VN')} bài · {category._count.children} chuyên mục con
      </p>
      <div className="rounded border border-stone-200 bg-white p-4">
        <EditCategoryForm values={category} parents={roots} />
      </div>
      <div className="mt-4 rounded border border-stone-200 bg-white p-4">
        <DeleteCategoryButton id={category.id} name={category.name} />
      </div>
    </div>
  );
}
