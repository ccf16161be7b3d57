import type { Metadata } from 'next';
import Link from 'next/link';
import { CommendationTypeForm } from '@/components/admin/catalogue-forms';
import { requireStaff } from '@/lib/auth/session';
import { listCommendationTypesForStaff } from '@/lib/registry/data/commendation-types';
import { catalogueChoices } from '@/lib/registry/choices';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { issuingSystemLabels, levelLabels } from '@/lib/registry/labels';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Danh mục danh hiệu, hình thức' };
export const instant = false;

/** The catalogue: registrars read it, administrators edit it. */
export default async function CatalogueAdminPage() {
  const user = await requireStaff(REGISTRY_ROLES, '/admin/khen-thuong/danh-muc');
  const types = await listCommendationTypesForStaff();
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div>
        <BackLink href="/admin/khen-thuong">Quyết định khen thưởng</BackLink>
        <h1 className="mb-2 font-serif text-3xl font-bold text-brand-700">Danh mục danh hiệu, hình thức</h1>
        <p className="mb-4 text-sm">
          <Link href="/admin/khen-thuong/tieu-chuan" className="text-brand-700 hover:underline">
            Tiêu chuẩn xét tặng và căn cứ pháp lý →
          </Link>
        </p>
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">Danh mục danh hiệu thi đua và hình thức khen thưởng</caption>
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th className="p-2">Mã</th>
              <th className="p-2">Tên</th>
              <th className="p-2">Hệ thống</th>
              <th className="p-2">Cấp</th>
              <th className="p-2 text-right">Lượt</th>
            </tr>
          </thead>
          <tbody>
            {types.map((t) => (
              <tr key={t.id} className="border-b border-stone-100">
                <td className="p-2 font-mono text-xs">{t.code}</td>
                <td className="p-2">
                  {user.role === 'ADMIN' ? (
                    <Link href={`/admin/khen-thuong/danh-muc/${t.id}`} className="text-brand-700 hover:underline">
                      {t.name}
                    </Link>
                  ) : (
                    t.name
                  )}
                  {t.active ? null : <span className="ml-1 text-xs text-stone-600">(ngừng dùng)</span>}
                </td>
                <td className="p-2">{issuingSystemLabels[t.issuingSystem]}</td>
                <td className="p-2">{levelLabels[t.level]}</td>
                <td className="p-2 text-right">{t._count.awards.toLocaleString('vi-VN')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {user.role === 'ADMIN' ? (
        <aside className="rounded border border-stone-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">Thêm danh hiệu / hình thức</h2>
          <CommendationTypeForm choices={catalogueChoices} />
        </aside>
      ) : (
        <p className="text-sm text-stone-600">Danh mục do quản trị viên cập nhật.</p>
      )}
    </div>
  );
}
