import type { Metadata } from 'next';
import { PageTitle, RegistryNav } from '@/components/registry/registry-nav';
import { StructureDateForm } from '@/components/registry/structure-date-form';
import { UnitTree } from '@/components/registry/unit-tree';
import { getUnitTree } from '@/lib/registry/data/units';
import { registryPaths } from '@/lib/registry/labels';

export const metadata: Metadata = {
  title: 'Đơn vị',
  description: 'Hệ thống tổ chức: đảng bộ, chi bộ, cơ quan, đơn vị sự nghiệp, doanh nghiệp và khen thưởng của từng đơn vị.',
  alternates: { canonical: registryPaths.units },
};

export default async function UnitsPage() {
  const tree = await getUnitTree();
  return (
    <div>
      <RegistryNav current={registryPaths.units} />
      <PageTitle eyebrow="Bảng Vàng">Đơn vị</PageTitle>
      <div className="mb-6 rounded border border-stone-200 bg-stone-50 p-3">
        <p className="mb-2 text-sm text-stone-700">Cơ cấu hiện nay. Đơn vị đã sáp nhập, chia tách hay giải thể vẫn giữ trang riêng; xem cơ cấu như tại một ngày trước đây:</p>
        <StructureDateForm day="" />
      </div>
      {tree.length === 0 ? <p className="text-stone-600">Chưa có đơn vị nào.</p> : <UnitTree nodes={tree} />}
    </div>
  );
}
