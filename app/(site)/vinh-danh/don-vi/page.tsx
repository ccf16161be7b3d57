import type { Metadata } from 'next';
import { PageTitle, RegistryNav } from '@/components/registry/registry-nav';
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
      {tree.length === 0 ? <p className="text-stone-600">Chưa có đơn vị nào.</p> : <UnitTree nodes={tree} />}
    </div>
  );
}
