import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from '@/components/admin/back-link';
import { formatDate } from '@/lib/common/format';
import { getRegistrationRollUp, listRegistrationTitles } from '@/lib/registry/data/registrations';
import { requirePipelineScope } from '@/lib/registry/data/scope';
import { registrationStatusLabels } from '@/lib/registry/pipeline-labels';
import { yearFrom } from '@/lib/registry/pipeline-year';

export const metadata: Metadata = { title: 'Đăng ký thi đua' };
export const instant = false;

const statusTone: Record<string, string> = {
  NONE: 'text-stone-600',
  DRAFT: 'text-stone-700',
  SUBMITTED: 'text-amber-800 font-semibold',
  RETURNED: 'text-brand-700 font-semibold',
  ACCEPTED: 'text-green-800 font-semibold',
};

/** The roll-up a level above reads: every unit in scope, its state, its aims per title. */
export default async function RegistrationsPage({ searchParams }: PageProps<'/admin/thi-dua/dang-ky'>) {
  const year = yearFrom((await searchParams).nam);
  const { scope } = await requirePipelineScope('/admin/thi-dua/dang-ky');
  const [rollUp, titles] = await Promise.all([getRegistrationRollUp(scope, year), listRegistrationTitles()]);
  const shown = titles.filter((t) => rollUp.rows.some((r) => r.counts[t.code]));
  return (
    <div>
      <BackLink href="/admin/thi-dua">Thi đua</BackLink>
      <h1 className="mb-1 font-serif text-3xl font-bold text-brand-700">Đăng ký thi đua năm {year}</h1>
      <nav aria-label="Năm" className="mb-4 flex gap-3 text-sm">
        <Link className="text-brand-700 underline" href={`/admin/thi-dua/dang-ky?nam=${year - 1}`}>
          ‹ Năm {year - 1}
        </Link>
        <Link className="text-brand-700 underline" href={`/admin/thi-dua/dang-ky?nam=${year + 1}`}>
          Năm {year + 1} ›
        </Link>
      </nav>
      <ul className="mb-4 grid gap-3 sm:grid-cols-3" aria-label="Tổng hợp">
        <li className="rounded border border-stone-200 bg-white p-3">
          <span className="block text-sm text-stone-600">Đơn vị trong phạm vi</span>
          <span className="text-2xl font-bold">{rollUp.rows.length.toLocaleString('vi-VN')}</span>
        </li>
        <li className="rounded border border-stone-200 bg-white p-3">
          <span className="block text-sm text-stone-600">Chưa gửi đăng ký</span>
          <span className="text-2xl font-bold">{rollUp.notSubmitted.toLocaleString('vi-VN')}</span>
        </li>
        {titles
          .filter((t) => rollUp.totals[t.code])
          .map((t) => (
            <li key={t.id} className="rounded border border-stone-200 bg-white p-3">
              <span className="block text-sm text-stone-600">{t.name} (đã gửi)</span>
              <span className="text-2xl font-bold">{(rollUp.totals[t.code] ?? 0).toLocaleString('vi-VN')}</span>
            </li>
          ))}
      </ul>
      <div className="overflow-x-auto rounded border border-stone-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-600" role="region" aria-label="Bảng đăng ký thi đua" tabIndex={0}>
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">Đăng ký thi đua của các đơn vị năm {year}</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="p-2">Đơn vị</th>
              <th scope="col" className="p-2">Trạng thái</th>
              {shown.map((t) => (
                <th key={t.id} scope="col" className="p-2 text-right">
                  {t.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rollUp.rows.map((r) => (
              <tr key={r.unitId} className="border-t border-stone-200">
                <td className="p-2" style={{ paddingLeft: `${0.5 + r.depth}rem` }}>
                  <Link href={`/admin/thi-dua/dang-ky/${r.unitId}?nam=${year}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {r.unitName}
                  </Link>
                </td>
                <td className={`p-2 ${statusTone[r.status]}`}>
                  {registrationStatusLabels[r.status]}
                  {r.submittedAt ? <span className="block text-xs font-normal text-stone-600">gửi {formatDate(r.submittedAt)}</span> : null}
                </td>
                {shown.map((t) => (
                  <td key={t.id} className="p-2 text-right tabular-nums">
                    {(r.counts[t.code] ?? 0).toLocaleString('vi-VN')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
