import { formatDate } from '@/lib/common/format';

export interface RuleCardValues {
  version: number;
  statement: string;
  legalSource: string;
  article: string | null;
  effectiveFrom: Date;
  effectiveTo: Date | null;
  confirmation: 'CONFIRMED' | 'TO_CONFIRM';
  note: string | null;
  withdrawn: boolean;
}

/** A criterion with its legal source; one not yet checked against the text in force says so, visibly. */
export function RuleCard({ rule, showVersion = false }: { rule: RuleCardValues; showVersion?: boolean }) {
  return (
    <div className="text-sm">
      <p className={rule.withdrawn ? 'text-stone-600 line-through' : 'text-stone-900'}>{rule.statement}</p>
      <p className="mt-1 text-stone-700">
        <span className="font-semibold">Căn cứ:</span> {rule.legalSource}
        {rule.article ? `, ${rule.article}` : null}
        {' · '}áp dụng từ {formatDate(rule.effectiveFrom)}
        {rule.effectiveTo ? ` đến ${formatDate(rule.effectiveTo)}` : null}
        {showVersion ? ` · phiên bản ${rule.version}` : null}
      </p>
      {rule.withdrawn ? <p className="mt-1 font-semibold text-stone-700">Đã bãi bỏ từ {formatDate(rule.effectiveFrom)}.</p> : null}
      {rule.confirmation === 'TO_CONFIRM' ? (
        <p className="mt-2 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-amber-900">
          <span className="font-semibold">Chưa xác nhận với văn bản gốc.</span> {rule.note}
        </p>
      ) : rule.note ? (
        <p className="mt-1 text-stone-600">{rule.note}</p>
      ) : null}
    </div>
  );
}
