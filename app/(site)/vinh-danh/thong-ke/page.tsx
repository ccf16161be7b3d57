import type { Metadata } from 'next';
import { BarChart } from '@/components/registry/bar-chart';
import { PageTitle, RegistryNav } from '@/components/registry/registry-nav';
import { getRegistryStats } from '@/lib/registry/data/stats';
import { listAwardYears } from '@/lib/registry/data/year-report';
import { formatNumber } from '@/lib/common/format';
import { registryPaths } from '@/lib/registry/labels';

export const metadata: Metadata = {
  title: 'Thống kê khen thưởng',
  description: 'Số lượt khen thưởng theo năm, theo danh hiệu, theo cấp và theo đơn vị.',
  alternates: { canonical: registryPaths.stats },
};

export default async function StatsPage() {
  const [stats, years] = await Promise.all([getRegistryStats(), listAwardYears()]);
  return (
    <div>
      <RegistryNav current={registryPaths.stats} />
      <PageTitle eyebrow="Bảng Vàng">Thống kê khen thưởng</PageTitle>
      <p className="mb-8 max-w-3xl text-stone-700">
        {formatNumber(stats.total)} lượt khen thưởng theo các quyết định còn hiệu lực. Theo đơn vị, khen thưởng của đơn vị cấp dưới, tập thể và cá nhân được
        cộng vào đơn vị trực thuộc mà chúng thuộc về. Cá nhân không đồng ý công bố thông tin không được tính.
      </p>
      <nav aria-label="Ai được vinh danh, từng năm" className="mb-8 max-w-3xl text-sm">
        <span className="font-semibold">Ai được vinh danh — bài dữ liệu từng năm: </span>
        {years.slice(0, 10).map((y, i) => (
          <span key={y}>
            {i > 0 ? ' · ' : ''}
            <a href={`${registryPaths.stats}/${y}`} className="text-brand-700 underline">
              {y}
            </a>
          </span>
        ))}
      </nav>
      <BarChart id="by-year" title="Theo năm" rows={stats.byYear} firstHeader="Năm" />
      <BarChart id="by-level" title="Theo cấp khen thưởng" rows={stats.byLevel} firstHeader="Cấp" />
      <BarChart id="by-type" title="Theo danh hiệu, hình thức (nhiều nhất)" rows={stats.byType} firstHeader="Danh hiệu, hình thức" />
      <BarChart id="by-unit" title="Theo đơn vị (gồm đơn vị cấp dưới)" rows={stats.byUnit} firstHeader="Đơn vị" />
    </div>
  );
}
