import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateCategoryForm } from '@/components/admin/category-forms';
import { requireStaff } from '@/lib/auth/session';
import { listCategoriesForStaff } from '@/lib/newsroom/data/categories';
import { ADMIN_ROLES } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Chuyên mục' };
export const instant = false;

export default async function CategoriesPage() {
  await requireStaff(ADMIN_ROLES, '/admin/chuyen-muc');
  const rows = await listCategoriesForStaff();
  const roots = rows.filter((r) => !r.parentId);
  const ordered = roots.flatMap((root) => [root, ...rows.filter((r) => r.parentId === root.id)]);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div>
        <h1 className="mb-4 font-serif text-3xl font-bold text-brand-700">Chuyên mục</h1>
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">Các chuyên mục theo thứ tự hiển thị</caption>
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th className="p-2">Tên</th>
              <th className="p-2">Đường dẫn</th>
              <th className="p-2 text-right">Thứ tự</th>
              <th className="p-2 text-right">Bài viết</th>
              <th className="p-2">Trên menu</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((c) => (
              <tr key={c.id} className="border-b border-stone-100">
                <td className={`p-2 ${c.parentId ? 'pl-8' : 'font-semibold'}`}>
                  <Link href={`/admin/chuyen-muc/${c.id}`} className="text-brand-700 hover:underline">
                    {c.parentId ? '↳ ' : ''}
                    {c.name}
                  </Link>
                </td>
                <td className="p-2 font-mono text-xs">/chuyen-muc/{c.slug}</td>
                <td className="p-2 text-right">{c.position}</td>
                <td className="p-2 text-right">{c._count.articles.toLocaleString('vi-VN')}</td>
                <td className="p-2">{c.inMenu ? 'Có' : 'Không'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <aside className="rounded border border-stone-200 bg-white p-4">
        <h2 className="mb-3 font-semibold">Thêm chuyên mục</h2>
        <CreateCategoryForm parents={roots.map((r) => ({ id: r.id, name: r.name }))} />
      </aside>
    </div>
  );
}
