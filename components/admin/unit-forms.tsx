'use client';
import { useRouter } from 'next/navigation';
import { ActionForm, Field } from '@/components/admin/action-form';
import { createUnit, mergeUnits, moveUnit, updateUnit } from '@/lib/actions/units';

const input = 'mt-1 w-full rounded border border-stone-300 bg-white px-3 py-2';
type Option = { id: string; label: string };
type Kind = { value: string; label: string };

function Select({ name, label, options, defaultValue, empty }: { name: string; label: string; options: Option[]; defaultValue?: string | null; empty: string }) {
  return (
    <Field name={name} label={label}>
      {(props) => (
        <select name={name} defaultValue={defaultValue ?? ''} className={input} {...props}>
          <option value="">{empty}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function KindSelect({ kinds, defaultValue }: { kinds: Kind[]; defaultValue?: string }) {
  return (
    <Field name="kind" label="Loại đơn vị">
      {(props) => (
        <select name="kind" defaultValue={defaultValue ?? 'AGENCY'} className={input} {...props}>
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CreateUnitForm({ units, kinds }: { units: Option[]; kinds: Kind[] }) {
  return (
    <ActionForm action={createUnit} submitLabel="Tạo đơn vị" resetOnSuccess>
      <Field name="name" label="Tên đơn vị">
        {(props) => <input name="name" required className={input} {...props} />}
      </Field>
      <Field name="code" label="Mã đơn vị (chữ in hoa, số, - _)">
        {(props) => <input name="code" required className={`${input} uppercase`} {...props} />}
      </Field>
      <Field name="shortName" label="Tên viết tắt">
        {(props) => <input name="shortName" className={input} {...props} />}
      </Field>
      <KindSelect kinds={kinds} />
      <Select name="parentId" label="Trực thuộc" options={units} empty="— Cấp cao nhất —" />
    </ActionForm>
  );
}

export function EditUnitForm({ unit, kinds }: { unit: { id: string; name: string; shortName: string | null; kind: string; description: string | null; active: boolean }; kinds: Kind[] }) {
  return (
    <ActionForm action={updateUnit} submitLabel="Lưu">
      <input type="hidden" name="id" value={unit.id} />
      <Field name="name" label="Tên đơn vị">
        {(props) => <input name="name" defaultValue={unit.name} required className={input} {...props} />}
      </Field>
      <Field name="shortName" label="Tên viết tắt">
        {(props) => <input name="shortName" defaultValue={unit.shortName ?? ''} className={input} {...props} />}
      </Field>
      <KindSelect kinds={kinds} defaultValue={unit.kind} />
      <Field name="description" label="Mô tả">
        {(props) => <textarea name="description" rows={2} defaultValue={unit.description ?? ''} className={input} {...props} />}
      </Field>
      <Field name="active" label="Trạng thái">
        {(props) => (
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" name="active" defaultChecked={unit.active} {...props} /> Đang hoạt động (bỏ chọn khi đơn vị giải thể; lịch sử khen thưởng vẫn giữ)
          </label>
        )}
      </Field>
    </ActionForm>
  );
}

export function MoveUnitForm({ id, parentId, candidates }: { id: string; parentId: string | null; candidates: Option[] }) {
  return (
    <ActionForm action={moveUnit} submitLabel="Chuyển">
      <input type="hidden" name="id" value={id} />
      <Select name="parentId" label="Chuyển sang trực thuộc" options={candidates} defaultValue={parentId} empty="— Cấp cao nhất —" />
    </ActionForm>
  );
}

export function MergeUnitForm({ sourceId, candidates }: { sourceId: string; candidates: Option[] }) {
  const router = useRouter();
  return (
    <ActionForm
      action={async (form) => {
        if (!window.confirm('Sáp nhập: mọi đơn vị trực thuộc, tập thể, cá nhân và khen thưởng của đơn vị này chuyển sang đơn vị nhận, rồi đơn vị này bị xóa. Tiếp tục?')) return { ok: false, message: 'Đã hủy.' };
        const result = await mergeUnits(form);
        if (result.ok) router.replace('/admin/khen-thuong/don-vi');
        return result;
      }}
      submitLabel="Sáp nhập"
    >
      <input type="hidden" name="sourceId" value={sourceId} />
      <Select name="targetId" label="Sáp nhập vào đơn vị" options={candidates} empty="— Chọn đơn vị nhận —" />
    </ActionForm>
  );
}
