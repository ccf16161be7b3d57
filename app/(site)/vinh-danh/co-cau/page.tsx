import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Breadcrumb, PageTitle, RegistryNav } from '@/components/registry/registry-nav';
import { UnitTree } from '@/components/registry/unit-tree';
import { StructureDateForm } from '@/components/registry/structure-date-form';
import { getUnitTreeOn } from '@/lib/registry/data/units';
import { formatDate } from '@/lib/common/format';
import { registryPaths } from '@/lib/registry/labels';
import { parseStructureDay } from '@/lib/registry/schemas/filters';

export const metadata: Metadata = {
  title: 'Cơ cấu tổ chức theo ngày',
  description: 'Hệ thống tổ chức như tại một ngày đã chọn: các đơn vị khi đó, đơn vị cấp trên và tên gọi của từng đơn vị lúc ấy.',
  alternates: { canonical: registryPaths.structure },
  robots: { index: false },
};

async function Structure({ searchParams }: { searchParams: PageProps<'/vinh-danh/co-cau'>['searchParams'] }) {
  const raw = (await searchParams).ngay;
  const day = parseStructureDay(raw);
  return (
    <>
      <StructureDateForm day={day ?? ''} />
      {raw !== undefined && raw !== '' && !day ? (
        <p role="alert" className="my-4 font-semibold text-red-800">
          Ngày không hợp lệ: nhập ngày theo dạng ngày/tháng/năm, từ năm 1945 đến năm 2100.
        </p>
      ) : null}
      {day ? <TreeOn day={day} /> : <p className="my-4 text-stone-600">Chọn một ngày để xem các đơn vị khi đó, mỗi đơn vị dưới cấp trên và với tên gọi của nó vào ngày ấy.</p>}
    </>
  );
}

async function TreeOn({ day }: { day: string }) {
  const tree = await getUnitTreeOn(day);
  return (
    <section aria-labelledby="structure-heading" className="mt-6">
      <h2 id="structure-heading" className="mb-3 font-bold text-brand-700">
        Cơ cấu tại ngày {formatDate(day)}
      </h2>
      {tree.length === 0 ? <p className="text-stone-600">Không có đơn vị nào vào ngày này.</p> : <UnitTree nodes={tree} />}
    </section>
  );
}

/** The hierarchy as it stood on a chosen day (per request: one page for every day). */
export default function StructurePage({ searchParams }: PageProps<'/vinh-danh/co-cau'>) {
  return (
    <div>
      <RegistryNav current={registryPaths.units} />
      <Breadcrumb items={[{ href: registryPaths.units, label: 'Đơn vị' }, { label: 'Cơ cấu theo ngày' }]} />
      <PageTitle eyebrow="Bảng Vàng">Cơ cấu tổ chức theo ngày</PageTitle>
      <div className="min-h-svh">
        <Suspense fallback={<p className="text-stone-600">Đang tải…</p>}>
          <Structure searchParams={searchParams} />
        </Suspense>
      </div>
    </div>
  );
}
