'use client';
import { useRouter } from 'next/navigation';
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { Select, type Choice } from '@/components/ui/select';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { createUnit, dissolveUnit, mergeUnits, moveUnit, splitUnit, undoUnitEvent, updateUnit } from '@/lib/registry/actions/units';
import { formatNumber } from '@/lib/common/format';

type Option = { id: string; label: string; version?: number };

/** The day a step takes effect; `form` keeps its id apart from another form's on the same page. */
function EffectiveOn({ label, form }: { label: string; form: string }) {
  return (
    <Field name="effectiveOn" label={label} id={`${form}-effective-on`}>
      <TextInput name="effectiveOn" type="date" />
    </Field>
  );
}

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

export function EditUnitForm({ unit, kinds }: { unit: { id: string; name: string; shortName: string | null; kind: string; description: string | null; active: boolean; version: number }; kinds: Choice[] }) {
  return (
    <Form action={updateUnit} submitLabel="Lưu">
      <input type="hidden" name="id" value={unit.id} />
      <input type="hidden" name="version" value={unit.version} />
      <Field name="name" label="Tên đơn vị">
        <TextInput name="name" defaultValue={unit.name} required />
      </Field>
      <Field name="shortName" label="Tên viết tắt">
        <TextInput name="shortName" defaultValue={unit.shortName ?? ''} />
      </Field>
      <EffectiveOn form="edit-unit" label="Nếu đổi tên: tên mới dùng từ ngày (để trống: hôm nay)" />
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

export function MoveUnitForm({ id, version, parentId, candidates }: { id: string; version: number; parentId: string | null; candidates: Option[] }) {
  return (
    <Form action={moveUnit} submitLabel="Chuyển">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <UnitSelect name="parentId" label="Chuyển sang trực thuộc" options={candidates} defaultValue={parentId} empty="— Cấp cao nhất —" />
      <EffectiveOn form="move-unit" label="Từ ngày (để trống: hôm nay)" />
    </Form>
  );
}

/** What a merge of this unit will change, as the confirmation names it. */
export interface MergeCounts {
  children: number;
  collectives: number;
  individuals: number;
  officers: number;
  dossiers: number;
  awards: number;
}

export function MergeUnitForm({ source, counts, candidates }: { source: { id: string; name: string; version: number }; counts: MergeCounts; candidates: Option[] }) {
  const router = useRouter();
  return (
    <Form
      action={async (form) => {
        const target = candidates.find((c) => c.id === form.get('targetId'));
        if (!target) return mergeUnits(form);
        const on = String(form.get('effectiveOn') || '') || 'hôm nay';
        const n = formatNumber;
        const question =
          `Sáp nhập "${source.name}" vào "${target.label.trim()}" từ ${on === 'hôm nay' ? on : `ngày ${on.split('-').reverse().join('/')}`}:\n` +
          `• chuyển sang đơn vị nhận: ${n(counts.children)} đơn vị trực thuộc, ${n(counts.collectives)} tập thể, ${n(counts.individuals)} cá nhân, ${n(counts.officers)} tài khoản cán bộ, ${n(counts.dossiers)} hồ sơ;\n` +
          `• ${n(counts.awards)} lượt khen thưởng vẫn thuộc "${source.name}" và từ ngày đó được tính vào đơn vị nhận;\n` +
          `• trang của "${source.name}" vẫn giữ, ghi rõ đã sáp nhập.\nQuản trị viên có thể hoàn tác. Tiếp tục?`;
        if (!window.confirm(question)) return { ok: false, message: 'Đã hủy, chưa có gì thay đổi.' };
        form.set('sourceIds', source.id);
        form.set('versions', `${source.version},${target.version ?? ''}`);
        const result = await mergeUnits(form);
        if (result.ok) router.refresh();
        return result;
      }}
      submitLabel="Sáp nhập"
    >
      <UnitSelect name="targetId" label="Sáp nhập vào đơn vị" options={candidates} empty="— Chọn đơn vị nhận —" />
      <EffectiveOn form="merge-unit" label="Từ ngày (để trống: hôm nay)" />
      <Field name="note" label="Căn cứ (số quyết định, ghi chú)" id="merge-unit-note">
        <TextInput name="note" />
      </Field>
    </Form>
  );
}

export function SplitUnitForm({ unit, counts }: { unit: { id: string; name: string; version: number }; counts: MergeCounts }) {
  return (
    <Form
      action={async (form) => {
        const parts = String(form.get('parts') ?? '').split('\n').map((l) => l.split('|')[0]!.trim()).filter(Boolean);
        const n = formatNumber;
        const question =
          `Chia tách "${unit.name}" thành ${parts.map((p) => `"${p}"`).join(', ')}:\n` +
          `• "${parts[0] ?? 'đơn vị đầu tiên'}" nhận ${n(counts.children)} đơn vị trực thuộc, ${n(counts.collectives)} tập thể, ${n(counts.individuals)} cá nhân, ${n(counts.officers)} tài khoản cán bộ, ${n(counts.dossiers)} hồ sơ (chuyển tiếp sang đơn vị khác sau, từng mục);\n` +
          `• ${n(counts.awards)} lượt khen thưởng vẫn thuộc "${unit.name}", trang của nó vẫn giữ.\nQuản trị viên có thể hoàn tác. Tiếp tục?`;
        if (!window.confirm(question)) return { ok: false, message: 'Đã hủy, chưa có gì thay đổi.' };
        return splitUnit(form);
      }}
      submitLabel="Chia tách"
    >
      <input type="hidden" name="id" value={unit.id} />
      <input type="hidden" name="version" value={unit.version} />
      <Field name="parts" label="Các đơn vị mới, mỗi dòng “Tên | MÃ” (đơn vị đầu tiên nhận những gì đơn vị này đang có)">
        <TextArea name="parts" rows={3} required />
      </Field>
      <EffectiveOn form="split-unit" label="Từ ngày (để trống: hôm nay)" />
      <Field name="note" label="Căn cứ (số quyết định, ghi chú)" id="split-unit-note">
        <TextInput name="note" />
      </Field>
    </Form>
  );
}

export function DissolveUnitForm({ unit }: { unit: { id: string; name: string; version: number } }) {
  return (
    <Form
      action={async (form) => {
        if (!window.confirm(`Ghi nhận "${unit.name}" giải thể: đơn vị chấm dứt, trang và lịch sử khen thưởng vẫn giữ. Quản trị viên có thể hoàn tác. Tiếp tục?`)) return { ok: false, message: 'Đã hủy, chưa có gì thay đổi.' };
        return dissolveUnit(form);
      }}
      submitLabel="Giải thể"
      submitVariant="secondary"
    >
      <input type="hidden" name="id" value={unit.id} />
      <input type="hidden" name="version" value={unit.version} />
      <EffectiveOn form="dissolve-unit" label="Từ ngày (để trống: hôm nay)" />
      <Field name="note" label="Căn cứ (số quyết định, ghi chú)" id="dissolve-unit-note">
        <TextInput name="note" />
      </Field>
    </Form>
  );
}

export function UndoUnitEventForm({ id, label }: { id: string; label: string }) {
  return (
    <Form
      action={async (form) => {
        if (!window.confirm(`Hoàn tác: ${label}? Mọi thay đổi của bước này được đưa về như trước.`)) return { ok: false, message: 'Đã hủy, chưa có gì thay đổi.' };
        return undoUnitEvent(form);
      }}
      submitLabel="Hoàn tác"
      submitVariant="secondary"
    >
      <input type="hidden" name="id" value={id} />
      <Field name="reason" label="Lý do hoàn tác" id={`undo-${id}-reason`}>
        <TextInput name="reason" required minLength={5} />
      </Field>
    </Form>
  );
}
