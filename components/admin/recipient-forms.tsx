'use client';
import { ActionForm, Field } from '@/components/admin/action-form';
import { createCollective, createIndividual, moveIndividual, updateCollective, updateIndividual } from '@/lib/actions/recipients';

const input = 'mt-1 w-full rounded border border-stone-300 bg-white px-3 py-2';
type Option = { id: string; label: string };

function UnitSelect({ units, name = 'unitId', label = 'Đơn vị', defaultValue }: { units: Option[]; name?: string; label?: string; defaultValue?: string }) {
  return (
    <Field name={name} label={label}>
      {(props) => (
        <select name={name} defaultValue={defaultValue ?? ''} className={input} {...props}>
          <option value="">— Chọn đơn vị —</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </select>
      )}
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
        {(props) => <input name="fullName" defaultValue={person?.fullName} required className={input} {...props} />}
      </Field>
      <Field name="position" label="Chức vụ">
        {(props) => <input name="position" defaultValue={person?.position ?? ''} className={input} {...props} />}
      </Field>
      <Field name="gender" label="Giới tính">
        {(props) => (
          <select name="gender" defaultValue={person?.gender ?? ''} className={input} {...props}>
            <option value="">— Không ghi —</option>
            <option value="FEMALE">Nữ</option>
            <option value="MALE">Nam</option>
            <option value="OTHER">Khác</option>
          </select>
        )}
      </Field>
      <Field name="birthYear" label="Năm sinh">
        {(props) => <input name="birthYear" type="number" defaultValue={person?.birthYear ?? ''} className={input} {...props} />}
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
    <ActionForm action={createIndividual} submitLabel="Tạo hồ sơ cá nhân" resetOnSuccess>
      <PersonFields />
      <UnitSelect units={units} />
      <Confirm label="Đây là người khác, dù trùng tên với hồ sơ có sẵn trong đơn vị" />
    </ActionForm>
  );
}

export function EditIndividualForm({ person }: { person: { id: string; fullName: string; position: string | null; gender: string | null; birthYear: number | null; publicationConsent: boolean } }) {
  return (
    <ActionForm action={updateIndividual} submitLabel="Lưu">
      <input type="hidden" name="id" value={person.id} />
      <PersonFields person={person} />
    </ActionForm>
  );
}

export function MoveIndividualForm({ id, units }: { id: string; units: Option[] }) {
  return (
    <ActionForm action={moveIndividual} submitLabel="Chuyển đơn vị">
      <input type="hidden" name="id" value={id} />
      <UnitSelect units={units} label="Đơn vị mới" />
      <Field name="position" label="Chức vụ ở đơn vị mới (để trống: giữ nguyên)">
        {(props) => <input name="position" className={input} {...props} />}
      </Field>
      <Field name="movedAt" label="Ngày chuyển">
        {(props) => <input name="movedAt" type="date" defaultValue={new Date().toISOString().slice(0, 10)} className={input} {...props} />}
      </Field>
    </ActionForm>
  );
}

export function CreateCollectiveForm({ units }: { units: Option[] }) {
  return (
    <ActionForm action={createCollective} submitLabel="Tạo tập thể" resetOnSuccess>
      <Field name="name" label="Tên tập thể">
        {(props) => <input name="name" required className={input} {...props} />}
      </Field>
      <UnitSelect units={units} />
      <Field name="description" label="Mô tả">
        {(props) => <textarea name="description" rows={2} className={input} {...props} />}
      </Field>
      <Confirm label="Đây là tập thể khác, dù trùng tên trong đơn vị" />
    </ActionForm>
  );
}

export function EditCollectiveForm({ collective, units }: { collective: { id: string; name: string; description: string | null; unitId: string; active: boolean }; units: Option[] }) {
  return (
    <ActionForm action={updateCollective} submitLabel="Lưu">
      <input type="hidden" name="id" value={collective.id} />
      <Field name="name" label="Tên tập thể">
        {(props) => <input name="name" defaultValue={collective.name} required className={input} {...props} />}
      </Field>
      <UnitSelect units={units} defaultValue={collective.unitId} />
      <Field name="description" label="Mô tả">
        {(props) => <textarea name="description" rows={2} defaultValue={collective.description ?? ''} className={input} {...props} />}
      </Field>
      <Field name="active" label="Trạng thái">
        {(props) => (
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" name="active" defaultChecked={collective.active} {...props} /> Đang hoạt động
          </label>
        )}
      </Field>
    </ActionForm>
  );
}
