'use client';
// The decision's own details: number, date, award year, authority, signer, kind, campaign,
// summary. Errors come from the save's answer (FieldErrors around the form).
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { MAX_YEAR, MIN_YEAR } from '@/lib/registry/schemas/filters';
import type { DecisionFormOptions } from '@/components/admin/decision-form';

export interface DecisionHeader {
  number: string;
  signedAt: string;
  issuingAuthority: string;
  signerName: string;
  signerTitle: string;
  category: string;
  campaignId: string;
  summary: string;
  year: string;
}

export const newHeader = (): DecisionHeader => ({
  number: '',
  signedAt: new Date().toISOString().slice(0, 10),
  issuingAuthority: 'UBND tỉnh',
  signerName: '',
  signerTitle: '',
  category: 'PERIODIC',
  campaignId: '',
  summary: '',
  year: String(new Date().getFullYear() - 1),
});

export function HeaderFields({ prefix, header, onChange, options }: { prefix: string; header: DecisionHeader; onChange: (patch: Partial<DecisionHeader>) => void; options: DecisionFormOptions }) {
  const bind = (name: keyof DecisionHeader) => ({ value: header[name], onChange: (e: { target: { value: string } }) => onChange({ [name]: e.target.value }) });
  const field = (name: keyof DecisionHeader, label: string, control: React.ReactNode, className?: string) => (
    <Field name={name} id={`${prefix}-${name}`} label={label} className={className}>
      {control}
    </Field>
  );
  return (
    <>
      {field('number', 'Số quyết định', <TextInput size="sm" {...bind('number')} placeholder="1234/QĐ-UBND" />)}
      {field('signedAt', 'Ngày ký', <TextInput size="sm" {...bind('signedAt')} type="date" />)}
      {field('year', 'Năm thành tích', <TextInput size="sm" {...bind('year')} type="number" min={MIN_YEAR} max={MAX_YEAR} />)}
      {field('issuingAuthority', 'Cơ quan ban hành', <TextInput size="sm" {...bind('issuingAuthority')} />)}
      {field('signerName', 'Người ký', <TextInput size="sm" {...bind('signerName')} />)}
      {field('signerTitle', 'Chức vụ người ký', <TextInput size="sm" {...bind('signerTitle')} placeholder="Phó Chủ tịch UBND tỉnh" />)}
      {field('category', 'Loại khen thưởng', <Select size="sm" {...bind('category')} options={options.categories} />)}
      {field('campaignId', 'Phong trào (nếu có)', <Select size="sm" {...bind('campaignId')} placeholder="— Không thuộc phong trào —" options={options.campaigns.map((c) => ({ value: c.id, label: c.name }))} />)}
      {field('summary', 'Trích yếu', <TextArea size="sm" {...bind('summary')} rows={2} />, 'sm:col-span-3')}
    </>
  );
}
