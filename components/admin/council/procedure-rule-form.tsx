'use client';
// The next version of a rule of procedure, starting from the current one (administrators).
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { Select, type Choice } from '@/components/ui/select';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { saveProcedureRuleVersion } from '@/lib/registry/actions/procedure-rules';

export type ProcedureRuleValues = {
  ruleKey: string;
  version: number;
  kind: 'COUNCIL_VOTE' | 'PUBLIC_COMMENT';
  shareNumerator: number | null;
  shareDenominator: number | null;
  base: 'ALL_MEMBERS' | 'VOTERS' | null;
  writtenVotes: boolean;
  workingDays: number | null;
  statement: string;
  legalSource: string;
  article: string | null;
  effectiveFrom: Date;
  effectiveTo: Date | null;
  confirmation: 'CONFIRMED' | 'TO_CONFIRM';
};

const day = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : '');
const bases: Choice<'ALL_MEMBERS' | 'VOTERS'>[] = [
  { value: 'ALL_MEMBERS', label: 'Tổng số thành viên Hội đồng' },
  { value: 'VOTERS', label: 'Số thành viên bỏ phiếu' },
];
const confirmations: Choice<'CONFIRMED' | 'TO_CONFIRM'>[] = [
  { value: 'TO_CONFIRM', label: 'Chưa xác nhận với văn bản gốc' },
  { value: 'CONFIRMED', label: 'Đã đối chiếu văn bản gốc' },
];

export function ProcedureRuleForm({ rule }: { rule: ProcedureRuleValues }) {
  const id = (name: string) => `prule-${rule.ruleKey}-${name}`;
  return (
    <Form action={saveProcedureRuleVersion} submitLabel="Lưu phiên bản mới">
      <input type="hidden" name="ruleKey" value={rule.ruleKey} />
      <input type="hidden" name="fromVersion" value={rule.version} />
      {rule.kind === 'COUNCIL_VOTE' ? (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field name="shareNumerator" label="Tỷ lệ (tử số)" id={id('num')}>
            <TextInput name="shareNumerator" type="number" min={1} defaultValue={rule.shareNumerator ?? ''} />
          </Field>
          <Field name="shareDenominator" label="Mẫu số" id={id('den')}>
            <TextInput name="shareDenominator" type="number" min={1} defaultValue={rule.shareDenominator ?? ''} />
          </Field>
          <Field name="base" label="Tính trên" id={id('base')}>
            <Select name="base" options={bases} defaultValue={rule.base ?? 'ALL_MEMBERS'} />
          </Field>
          <label className="inline-flex items-center gap-2 text-sm sm:col-span-3">
            <input type="checkbox" name="writtenVotes" defaultChecked={rule.writtenVotes} /> Thành viên vắng gửi phiếu bằng văn bản được tính
          </label>
        </div>
      ) : (
        <Field name="workingDays" label="Số ngày làm việc lấy ý kiến" id={id('days')}>
          <TextInput name="workingDays" type="number" min={1} max={60} defaultValue={rule.workingDays ?? ''} />
        </Field>
      )}
      <Field name="statement" label="Nội dung quy định" id={id('statement')}>
        <TextArea name="statement" rows={2} defaultValue={rule.statement} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="legalSource" label="Văn bản" id={id('source')}>
          <TextInput name="legalSource" defaultValue={rule.legalSource} />
        </Field>
        <Field name="article" label="Điều, khoản" id={id('article')}>
          <TextInput name="article" defaultValue={rule.article ?? ''} />
        </Field>
        <Field name="effectiveFrom" label="Có hiệu lực từ" id={id('from')}>
          <TextInput name="effectiveFrom" type="date" defaultValue={day(rule.effectiveFrom)} />
        </Field>
        <Field name="effectiveTo" label="Hết hiệu lực (nếu có)" id={id('to')}>
          <TextInput name="effectiveTo" type="date" defaultValue={day(rule.effectiveTo)} />
        </Field>
      </div>
      <Field name="confirmation" label="Xác nhận" id={id('confirmation')}>
        <Select name="confirmation" options={confirmations} defaultValue={rule.confirmation} />
      </Field>
      <Field name="note" label="Lý do của phiên bản này" id={id('note')}>
        <TextInput name="note" />
      </Field>
      <label className="inline-flex items-center gap-2 text-sm">
        <input type="checkbox" name="withdrawn" /> Bãi bỏ quy định từ ngày có hiệu lực
      </label>
    </Form>
  );
}
