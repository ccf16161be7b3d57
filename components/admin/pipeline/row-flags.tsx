import { EligibilityReport } from '@/components/registry/eligibility-report';
import { citation } from '@/lib/registry/eligibility';
import type { DossierRowView } from '@/lib/registry/data/dossiers';

const tone = {
  eligible: 'bg-green-100 text-green-900',
  not_eligible: 'bg-brand-50 text-brand-700',
  needs_assessment: 'bg-amber-100 text-amber-900',
} as const;

const verdictText = { eligible: 'Đủ điều kiện', not_eligible: 'Chưa đủ điều kiện', needs_assessment: 'Cần đơn vị thẩm định' } as const;

/**
 * What the registry says about one proposed row, in a line or two: the verdict with the
 * first unmet condition and the article behind it; not registered; already honoured; new.
 * The full report (each rule, each finding, each source) folds out below.
 */
export function RowFlags({ row, year }: { row: DossierRowView; year: number }) {
  const ev = row.evaluation;
  const unmet = ev.results.filter((r) => r.met === false);
  const firstUnmet = unmet[0];
  const toConfirm = ev.results.some((r) => r.rule.confirmation === 'TO_CONFIRM');
  return (
    <div className="mt-1 space-y-1 text-sm">
      <p className="flex flex-wrap gap-1.5">
        {ev.noRules ? (
          <span className="rounded bg-stone-100 px-1.5 text-stone-700">Chưa có tiêu chuẩn để đối chiếu</span>
        ) : (
          <span className={`rounded px-1.5 font-semibold ${tone[ev.verdict]}`}>{verdictText[ev.verdict]}</span>
        )}
        {row.registered === false ? <span className="rounded bg-brand-50 px-1.5 font-semibold text-brand-700">Chưa đăng ký thi đua {row.typeName} năm {year}</span> : null}
        {ev.alreadyHonoured ? (
          <span className="rounded bg-brand-50 px-1.5 font-semibold text-brand-700">
            Đã được khen năm {ev.alreadyHonoured.year} (QĐ số {ev.alreadyHonoured.decisionNumber})
          </span>
        ) : null}
        {row.isNew ? <span className="rounded bg-stone-100 px-1.5 text-stone-700">Chưa có trong sổ: tạo khi có quyết định</span> : null}
        {toConfirm ? <span className="rounded bg-amber-100 px-1.5 text-amber-900">Có tiêu chuẩn chưa xác nhận với văn bản gốc</span> : null}
      </p>
      {firstUnmet ? (
        <p className="text-brand-700">
          {firstUnmet.findings.find((f) => f.met === false)?.text ?? firstUnmet.rule.statement} <span className="text-stone-700">— {citation(firstUnmet.rule)}</span>
          {unmet.length > 1 ? ` (và ${unmet.length - 1} điều kiện khác)` : ''}
        </p>
      ) : null}
      {ev.alreadyHonoured ? <p className="text-brand-700">Một thành tích chỉ khen một lần: {row.typeName} năm {ev.alreadyHonoured.year} đã có trong Quyết định số {ev.alreadyHonoured.decisionNumber}.</p> : null}
      {ev.results.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-brand-700">Chi tiết đối chiếu tiêu chuẩn</summary>
          <div className="mt-2">
            <EligibilityReport evaluation={ev} title={row.typeName} year={year} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
