import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from '@/components/admin/back-link';
import { ToConfirmBadge } from '@/components/registry/rule-citation';
import { requireStaff } from '@/lib/auth/session';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { formatNumber } from '@/lib/common/format';
import { getYearReport, listAwardYears } from '@/lib/registry/data/year-report';
import { yearFrom } from '@/lib/registry/pipeline-year';
import { reportRows } from '@/lib/registry/year-report-files';

export const metadata: Metadata = { title: 'Báo cáo thi đua, khen thưởng năm' };
export const instant = false;

/** The year's report on screen, and its XLSX and PDF. */
export default async function YearReportPage({ searchParams }: PageProps<'/admin/thi-dua/bao-cao'>) {
  await requireStaff(REGISTRY_ROLES, '/admin/thi-dua/bao-cao');
  const year = yearFrom((await searchParams).nam);
  const [report, years] = await Promise.all([getYearReport(year), listAwardYears()]);
  const rows = reportRows(report);
  return (
    <div className="max-w-6xl">
      <BackLink href="/admin/thi-dua">Thi đua – đề nghị khen thưởng</BackLink>
      <h1 className="mb-1 font-serif text-3xl font-bold text-brand-700">Báo cáo thi đua, khen thưởng năm {year}</h1>
      <p className="mb-2 text-sm text-stone-700">
        Theo chế độ báo cáo thống kê ngành Nội vụ (Thông tư số 18/2025/TT-BNV) <ToConfirmBadge note="Số hiệu biểu mẫu của bảng này trong Thông tư chưa đối chiếu được." />. Số liệu từ các quyết định còn hiệu lực, tính cả cá nhân không đồng ý công khai.
      </p>
      <nav aria-label="Năm báo cáo" className="mb-3 flex flex-wrap gap-2 text-sm">
        {years.map((y) => (
          <Link key={y} href={`/admin/thi-dua/bao-cao?nam=${y}`} aria-current={y === year ? 'page' : undefined} className={y === year ? 'font-bold' : 'text-brand-700 underline'}>
            {y}
          </Link>
        ))}
      </nav>
      <p className="mb-4 flex flex-wrap gap-4">
        <a href={`/api/admin/reports/year/${year}`} className="font-semibold text-brand-700 underline">
          Tải XLSX
        </a>
        <a href={`/api/admin/reports/year/${year}?dinh-dang=pdf`} className="font-semibold text-brand-700 underline">
          Tải PDF
        </a>
        <Link href={`/vinh-danh/thong-ke/${year}`} className="text-brand-700 underline">
          Bài dữ liệu công khai
        </Link>
      </p>
      <div className="overflow-x-auto" role="region" aria-label="Bảng báo cáo" tabIndex={0}>
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-stone-400 text-left">
              {['STT', 'Danh hiệu, hình thức', 'Tập thể', 'Cá nhân', 'Nữ', 'Lãnh đạo, quản lý', 'Trực tiếp', 'Không ghi chức vụ', 'Tổng'].map((h) => (
                <th key={h} scope="col" className="px-2 py-1">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) =>
              r.kind === 'group' ? (
                <tr key={i} className="border-b border-stone-200 bg-stone-50">
                  <th scope="rowgroup" colSpan={9} className="px-2 py-1 text-left italic">
                    {r.label}
                  </th>
                </tr>
              ) : (
                <tr key={i} className={`border-b border-stone-200 ${r.kind === 'subtotal' ? 'font-semibold' : ''}`}>
                  <td className="px-2 py-1">{r.kind === 'line' ? r.n : ''}</td>
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    {r.label}
                  </th>
                  {[r.counts.collectives, r.counts.individuals, r.counts.women, r.counts.leaders, r.counts.direct, r.counts.unknownPosition, r.counts.collectives + r.counts.individuals].map((v, j) => (
                    <td key={j} className="px-2 py-1 text-right tabular-nums">
                      {formatNumber(v)}
                    </td>
                  ))}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
