'use client';
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { Select } from '@/components/ui/select';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { createCollective, createIndividual, moveIndividual, updateCollective, updateIndividual } from '@/lib/registry/actions/recipients';

type Option = { id: string; label: string };
const GENDERS = [
  { value: 'FEMALE', label: 'Nữ' },
  { value: 'MALE', label: 'Nam' },
  { value: 'OTHER', label: 'Khác' },
] as const;

function UnitSelect({ units, name = 'unitId', label = 'Đơn vị', defaultValue }: { units: Option[]; name?: string; label?: string; defaultValue?: string }) {
  return (
    <Field name={name} label={label}>
      <Select name={name} defaultValue={defaultValue ?? ''} placeholder="— Chọn đơn vị —" options={units.map((u) => ({ value: u.id, label: u.label }))} />
    </Field>
  );
}

function Confirm({ label }: { label: string }) {
  return (
    <Field name="confirmDuplicate" label="Trùng tên">
      {(props) => (
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="checkbox" name="confirmDuplicate" {...props} /> {label}
        </label>
      )}
    </Field>
  );
}

function PersonFields({ person }: { person?: { fullName: string; position: string | null; gender: string | null; birthYear: number | null; publicationConsent: boolean } }) {
  return (
    <>
      <Field name="fullName" label="Họ và tên">
        <TextInput name="fullName" defaultValue={person?.fullName} required />
      </Field>
      <Field name="position" label="Chức vụ">
        <TextInput name="position" defaultValue={person?.position ?? ''} />
      </Field>
      <Field name="gender" label="Giới tính">
        <Select name="gender" defaultValue={person?.gender ?? ''} placeholder="— Không ghi —" options={GENDERS} />
      </Field>
      <Field name="birthYear" label="Năm sinh">
        <TextInput name="birthYear" type="number" defaultValue={person?.birthYear ?? ''} />
      </Field>
      <Field name="publicationConsent" label="Công khai">
        {(props) => (
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" name="publicationConsent" defaultChecked={person?.publicationConsent ?? true} {...props} /> Đồng ý công khai họ tên trên Bảng Vàng (bỏ chọn: không xuất hiện ở bất kỳ trang, danh sách hay tệp tải nào)
          </label>
        )}
      </Field>
    </>
  );
}

export function CreateIndividualForm({ units }: { units: Option[] }) {
  return (
    <Form action={createIndividual} submitLabel="Tạo hồ sơ cá nhân" resetOnSuccess>
      <PersonFields />
      <UnitSelect units={units} />
      <Confirm label="Đây là người khác, dù trùng tên với hồ sơ có sẵn trong đơn vị" />
    </Form>
  );
}

export function EditIndividualForm({ person }: { person: { id: string; fullName: string; position: string | null; gender: string | null; birthYear: number | null; publicationConsent: boolean } }) {
  return (
    <Form action={updateIndividual} submitLabel="Lưu">
      <input type="hidden" name="id" value={person.id} />
      <PersonFields person={person} />
    </Form>
  );
}

export function MoveIndividualForm({ id, units }: { id: string; units: Option[] }) {
  return (
    <Form action={moveIndividual} submitLabel="Chuyển đơn vị">
      <input type="hidden" name="id" value={id} />
      <UnitSelect units={units} label="Đơn vị mới" />
      <Field name="position" id="move-position" label="Chức vụ ở đơn vị mới (để trống: giữ nguyên)">
        <TextInput name="position" />
      </Field>
      <Field name="movedAt" label="Ngày chuyển">
        <TextInput name="movedAt" type="date" defaultValue={new Date().toISOString().slice(0, 10)} />
      </Field>
    </Form>
  );
}

export function CreateCollectiveForm({ units }: { units: Option[] }) {
  return (
    <Form action={createCollective} submitLabel="Tạo tập thể" resetOnSuccess>
      <Field name="name" label="Tên tập thể">
        <TextInput name="name" required />
      </Field>
      <UnitSelect units={units} />
      <Field name="description" label="Mô tả">
        <TextArea name="description" rows={2} />
      </Field>
      <Confirm label="Đây là tập thể khác, dù trùng tên trong đơn vị" />
    </Form>
  );
}

export function EditCollectiveForm({ collective, units }: { collective: { id: string; name: string; description: string | null; unitId: string; active: boolean }; units: Option[] }) {
  return (
    <Form action={updateCollective} submitLabel="Lưu">
      <input type="hidden" name="id" value={collective.id} />
      <Field name="name" label="Tên tập thể">
        <TextInput name="name" defaultValue={collective.name} required />
      </Field>
      <UnitSelect units={units} defaultValue={collective.unitId} />
      <Field name="description" label="Mô tả">
        <TextArea name="description" rows={2} defaultValue={collective.description ?? ''} />
      </Field>
      <Field name="active" label="Trạng thái">
        {(props) => (
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" name="active" defaultChecked={collective.active} {...props} /> Đang hoạt động
          </label>
        )}
      </Field>
    </Form>
  );
}
