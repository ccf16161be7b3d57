'use client';
import { useRouter } from 'next/navigation';
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { Select, type Choice } from '@/components/ui/select';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { createUnit, mergeUnits, moveUnit, updateUnit } from '@/lib/registry/actions/units';

type Option = { id: string; label: string };

function UnitSelect({ name, label, options, defaultValue, empty }: { name: string; label: string; options: Option[]; defaultValue?: string | null; empty: string }) {
  return (
    <Field name={name} label={label}>
      <Select name={name} defaultValue={defaultValue ?? ''} placeholder={empty} options={options.map((o) => ({ value: o.id, label: o.label }))} />
    </Field>
  );
}

function KindSelect({ kinds, defaultValue }: { kinds: Choice[]; defaultValue?: string }) {
  return (
    <Field name="kind" label="Loại đơn vị">
      <Select name="kind" defaultValue={defaultValue ?? 'AGENCY'} options={kinds} />
    </Field>
  );
}

export function CreateUnitForm({ units, kinds }: { units: Option[]; kinds: Choice[] }) {
  return (
    <Form action={createUnit} submitLabel="Tạo đơn vị" resetOnSuccess>
      <Field name="name" label="Tên đơn vị">
        <TextInput name="name" required />
      </Field>
      <Field name="code" label="Mã đơn vị (chữ in hoa, số, - _)">
        <TextInput name="code" required className="uppercase" />
      </Field>
      <Field name="shortName" label="Tên viết tắt">
        <TextInput name="shortName" />
      </Field>
      <KindSelect kinds={kinds} />
      <UnitSelect name="parentId" label="Trực thuộc" options={units} empty="— Cấp cao nhất —" />
    </Form>
  );
}

export function EditUnitForm({ unit, kinds }: { unit: { id: string; name: string; shortName: string | null; kind: string; description: string | null; active: boolean }; kinds: Choice[] }) {
  return (
    <Form action={updateUnit} submitLabel="Lưu">
      <input type="hidden" name="id" value={unit.id} />
      <Field name="name" label="Tên đơn vị">
        <TextInput name="name" defaultValue={unit.name} required />
      </Field>
      <Field name="shortName" label="Tên viết tắt">
        <TextInput name="shortName" defaultValue={unit.shortName ?? ''} />
      </Field>
      <KindSelect kinds={kinds} defaultValue={unit.kind} />
      <Field name="description" label="Mô tả">
        <TextArea name="description" rows={2} defaultValue={unit.description ?? ''} />
      </Field>
      <Field name="active" label="Trạng thái">
        {(props) => (
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" name="active" defaultChecked={unit.active} {...props} /> Đang hoạt động (bỏ chọn khi đơn vị giải thể; lịch sử khen thưởng vẫn giữ)
          </label>
        )}
      </Field>
    </Form>
  );
}

export function MoveUnitForm({ id, parentId, candidates }: { id: string; parentId: string | null; candidates: Option[] }) {
  return (
    <Form action={moveUnit} submitLabel="Chuyển">
      <input type="hidden" name="id" value={id} />
      <UnitSelect name="parentId" label="Chuyển sang trực thuộc" options={candidates} defaultValue={parentId} empty="— Cấp cao nhất —" />
    </Form>
  );
}

export function MergeUnitForm({ sourceId, candidates }: { sourceId: string; candidates: Option[] }) {
  const router = useRouter();
  return (
    <Form
      action={async (form) => {
        if (!window.confirm('Sáp nhập: mọi đơn vị trực thuộc, tập thể, cá nhân và khen thưởng của đơn vị này chuyển sang đơn vị nhận, rồi đơn vị này bị xóa. Tiếp tục?')) return { ok: false, message: 'Đã hủy.' };
        const result = await mergeUnits(form);
        if (result.ok) router.replace('/admin/khen-thuong/don-vi');
        return result;
      }}
      submitLabel="Sáp nhập"
    >
      <input type="hidden" name="sourceId" value={sourceId} />
      <UnitSelect name="targetId" label="Sáp nhập vào đơn vị" options={candidates} empty="— Chọn đơn vị nhận —" />
    </Form>
  );
}
