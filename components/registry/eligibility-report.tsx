import { RuleCard } from '@/components/registry/rule-card';
import type { CandidateEvaluation } from '@/lib/registry/data/eligibility';

const VERDICTS = {
  eligible: { text: 'Đủ điều kiện theo sổ', className: 'border-green-300 bg-green-50 text-green-900' },
  not_eligible: { text: 'Chưa đủ điều kiện', className: 'border-brand-100 bg-brand-50 text-brand-700' },
  needs_assessment: { text: 'Cần đơn vị thẩm định', className: 'border-amber-300 bg-amber-50 text-amber-900' },
} as const;

/** A candidate checked against the rules in force: the verdict, each rule's findings, and its source. */
export function EligibilityReport({ evaluation, title, year }: { evaluation: CandidateEvaluation; title: string; year: number }) {
  const verdict = VERDICTS[evaluation.verdict];
  return (
    <div className="space-y-3 text-sm" aria-live="polite">
      <p className={`rounded border px-3 py-2 font-semibold ${verdict.className}`}>
        {title} năm {year}: {verdict.text}
      </p>
      {evaluation.alreadyHonoured ? (
        <p className="text-brand-700">
          Đã được tặng {title} năm {evaluation.alreadyHonoured.year} (Quyết định số {evaluation.alreadyHonoured.decisionNumber}): một thành tích chỉ khen một lần.
        </p>
      ) : null}
      {evaluation.noRules ? <p>Chưa có tiêu chuẩn nào của {title} có hiệu lực vào ngày kiểm tra: không có gì để đối chiếu.</p> : null}
      <ul className="space-y-3">
        {evaluation.results.map((result) => (
          <li key={result.rule.id} className="rounded border border-stone-200 p-3">
            <ul className="mb-2 space-y-1">
              {result.findings.map((finding) => (
                <li key={finding.text} className={finding.met === false ? 'text-brand-700' : finding.met ? 'text-green-900' : 'text-amber-900'}>
                  <span aria-hidden="true">{finding.met === false ? '✗ ' : finding.met ? '✓ ' : '? '}</span>
                  {finding.text}
                </li>
              ))}
            </ul>
            <RuleCard rule={result.rule} />
          </li>
        ))}
      </ul>
    </div>
  );
}
