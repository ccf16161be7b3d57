import type { Metadata } from 'next';
import { ImportForm } from '@/components/admin/import-form';
import { requireStaff } from '@/lib/auth/session';
import { getDecisionFormOptions, listDecisionsForImport } from '@/lib/registry/data/decisions';
import { formatDate } from '@/lib/common/format';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Nhập từ tệp Excel' };
export const instant = false;

export default async function ImportPage() {
  await requireStaff(REGISTRY_ROLES, '/admin/khen-thuong/nhap-tep');
  const [decisions, { units }] = await Promise.all([listDecisionsForImport(), getDecisionFormOptions()]);
  return (
    <div>
      <BackLink href="/admin/khen-thuong">Quyết định khen thưởng</BackLink>
      <h1 className="mb-2 font-serif text-3xl font-bold text-brand-700">Nhập từ tệp Excel</h1>
      <p className="mb-4 max-w-3xl text-sm text-stone-700">
        Mỗi dòng một đối tượng. Các cột được nhận theo tiêu đề: <strong>Họ và tên</strong> (hoặc Tên tập thể), Chức vụ, <strong>Đơn vị</strong>, <strong>Danh hiệu / Hình thức</strong>, Thành tích, Năm thành tích; với sổ nhiều quyết định thêm Số quyết định, Ngày ký, Cơ quan ban hành, Người ký, Chức vụ người ký. Tải{' '}
        <a href="/api/admin/registry-export?mau=1" className="text-brand-700 underline">
          tệp mẫu
        </a>
        . Nhập lại cùng một tệp không tạo bản trùng.
      </p>
      <ImportForm decisions={decisions.map((d) => ({ id: d.id, label: `Số ${d.number} ngày ${formatDate(d.signedAt)} – ${d.issuingAuthority}` }))} units={units.map((u) => ({ id: u.id, name: u.name }))} />
    </div>
  );
}
