'use client';
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { Select, type Choice } from '@/components/ui/select';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { saveRuleVersion } from '@/lib/registry/actions/eligibility';
import type { RuleVersionDto } from '@/lib/registry/data/eligibility';

export type RuleFormValues = Pick<RuleVersionDto, 'ruleKey' | 'version' | 'typeCode' | 'statement' | 'condition' | 'legalSource' | 'article' | 'effectiveFrom' | 'effectiveTo' | 'confirmation'>;

const day = (d: Date | null | undefined) => (d ? new Date(d).toISOString().slice(0, 10) : '');
const CONFIRMATIONS: Choice[] = [
  { value: 'TO_CONFIRM', label: 'Chưa xác nhận với văn bản gốc' },
  { value: 'CONFIRMED', label: 'Đã đối chiếu văn bản gốc' },
];
const EXAMPLE = '{"kind":"all","of":[{"kind":"title","code":"LDTT","years":1},{"kind":"initiative","minLevel":"GRASSROOTS","withinYears":1}]}';

/**
 * The next version of a rule (or the first of a new one, without `rule`): the form starts
 * from the current version; saving never changes it, it adds a version after it.
 */
export function RuleVersionForm({ rule, types }: { rule?: RuleFormValues; types: Choice[] }) {
  // Several forms share the page: ids are per form.
  const id = (name: string) => `rule-${rule?.ruleKey ?? 'new'}-${name}`;
  return (
    <Form action={saveRuleVersion} submitLabel={rule ? 'Lưu phiên bản mới' : 'Thêm tiêu chuẩn'} resetOnSuccess={!rule}>
      {rule ? <input type="hidden" name="ruleKey" value={rule.ruleKey} /> : null}
      {rule ? <input type="hidden" name="fromVersion" value={rule.version} /> : null}
      {rule ? (
        <input type="hidden" name="typeCode" value={rule.typeCode} />
      ) : (
        <Field name="typeCode" id={id('typeCode')} label="Danh hiệu / hình thức">
          <Select name="typeCode" defaultValue="" placeholder="— Chọn —" options={types} />
        </Field>
      )}
      <Field name="statement" id={id('statement')} label="Tiêu chuẩn (lời văn)">
        <TextArea name="statement" rows={3} defaultValue={rule?.statement ?? ''} />
      </Field>
      <Field name="condition" id={id('condition')} label="Điều kiện kiểm tra từ sổ (JSON)" hint={`Ví dụ: ${EXAMPLE}`}>
        <TextArea name="condition" rows={4} className="font-mono text-xs" defaultValue={rule ? JSON.stringify(rule.condition) : ''} />
      </Field>
      <Field name="legalSource" id={id('legalSource')} label="Văn bản">
        <TextInput name="legalSource" defaultValue={rule?.legalSource ?? ''} />
      </Field>
      <Field name="article" id={id('article')} label="Điều, khoản, điểm">
        <TextInput name="article" defaultValue={rule?.article ?? ''} />
      </Field>
      <Field name="effectiveFrom" id={id('effectiveFrom')} label="Áp dụng từ ngày">
        <TextInput name="effectiveFrom" type="date" defaultValue={day(rule?.effectiveFrom)} />
      </Field>
      <Field name="effectiveTo" id={id('effectiveTo')} label="Đến ngày (nếu có)">
        <TextInput name="effectiveTo" type="date" defaultValue={day(rule?.effectiveTo)} />
      </Field>
      <Field name="confirmation" id={id('confirmation')} label="Đối chiếu">
        <Select name="confirmation" defaultValue={rule?.confirmation ?? 'TO_CONFIRM'} options={CONFIRMATIONS} />
      </Field>
      <Field name="note" id={id('note')} label="Lý do của phiên bản này">
        <TextArea name="note" rows={2} defaultValue="" />
      </Field>
      {rule ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="withdrawn" /> Bãi bỏ tiêu chuẩn từ ngày áp dụng trên
        </label>
      ) : null}
    </Form>
  );
}
