'use client';
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { Select } from '@/components/ui/select';
import { TextInput } from '@/components/ui/text-input';
import { saveInitiative } from '@/lib/registry/actions/initiatives';

const LEVELS = [
  { value: 'GRASSROOTS', label: 'Cơ sở' },
  { value: 'DISTRICT', label: 'Cấp huyện, sở, ngành' },
  { value: 'PROVINCIAL', label: 'Cấp tỉnh' },
  { value: 'CENTRAL', label: 'Toàn quốc' },
];

/** Records a recognised initiative of the person (the criteria of the higher titles ask for one). */
export function InitiativeForm({ individualId, defaultYear }: { individualId: string; defaultYear: number }) {
  return (
    <Form action={saveInitiative} submitLabel="Ghi sáng kiến" resetOnSuccess>
      <input type="hidden" name="individualId" value={individualId} />
      <Field name="title" id="initiative-title" label="Tên sáng kiến">
        <TextInput name="title" />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="year" id="initiative-year" label="Năm công nhận">
          <TextInput name="year" type="number" inputMode="numeric" defaultValue={defaultYear} />
        </Field>
        <Field name="level" id="initiative-level" label="Cấp công nhận">
          <Select name="level" defaultValue="GRASSROOTS" options={LEVELS} />
        </Field>
      </div>
      <Field name="recognizedBy" id="initiative-recognizedBy" label="Hội đồng, cơ quan công nhận">
        <TextInput name="recognizedBy" defaultValue="Hội đồng Sáng kiến cơ sở" />
      </Field>
      <Field name="reference" id="initiative-reference" label="Văn bản công nhận (số, ngày)">
        <TextInput name="reference" />
      </Field>
    </Form>
  );
}
