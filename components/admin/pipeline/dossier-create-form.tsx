'use client';
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { Select, type Choice } from '@/components/ui/select';
import { TextInput } from '@/components/ui/text-input';
import { createDossier } from '@/lib/registry/actions/dossiers';

export function DossierCreateForm({ units, types, campaigns, year }: { units: Choice[]; types: Choice[]; campaigns: Choice[]; year: number }) {
  return (
    <Form action={createDossier} submitLabel="Lập hồ sơ" followHref>
      <Field name="unitId" label="Đơn vị đề nghị">
        <Select name="unitId" defaultValue={units.length === 1 ? units[0]!.value : ''} placeholder="— Chọn —" options={units} />
      </Field>
      <Field name="typeId" label="Danh hiệu / hình thức đề nghị">
        <Select name="typeId" defaultValue="" placeholder="— Chọn —" options={types} />
      </Field>
      <Field name="year" label="Năm thành tích">
        <TextInput name="year" inputMode="numeric" defaultValue={String(year)} />
      </Field>
      <Field name="title" label="Tên hồ sơ" hint="Ví dụ: Đề nghị tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2026">
        <TextInput name="title" />
      </Field>
      <Field name="campaignId" label="Phong trào (nếu khen theo đợt)">
        <Select name="campaignId" defaultValue="" placeholder="— Không —" options={campaigns} />
      </Field>
      <Field name="deadline" label="Hạn trình cơ quan quyết định">
        <TextInput name="deadline" type="date" />
      </Field>
    </Form>
  );
}
