'use client';
// The forms of the dossier screen. Each sends the dossier's version with it: a form made
// from a state someone else has since changed is refused, and the page is reloaded.
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { Select, type Choice } from '@/components/ui/select';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { addDossierRows, removeDossierRow, updateDossierRow } from '@/lib/registry/actions/dossiers';
import {
  acceptDossier,
  decideDossier,
  forwardDossier,
  raiseDossierRow,
  rejectDossierRow,
  restoreDossierRow,
  returnDossier,
  submitDossier,
} from '@/lib/registry/actions/dossier-steps';

interface Ref {
  id: string;
  version: number;
}

function Hidden({ id, version, rowId }: Ref & { rowId?: string }) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {rowId ? <input type="hidden" name="rowId" value={rowId} /> : null}
    </>
  );
}

export function AddRowsForm(ref: Ref) {
  return (
    <Form action={addDossierRows} submitLabel="Thêm vào danh sách" resetOnSuccess>
      <Hidden {...ref} />
      <Field
        name="text"
        label="Dán từ Excel hoặc gõ, mỗi dòng một người / tập thể"
        hint="Các cột: (STT), Họ tên, Chức vụ, Đơn vị, (Danh hiệu), Thành tích — cách nhau bằng phím Tab như khi sao chép từ Excel. Để trống Đơn vị nếu là đơn vị lập hồ sơ."
      >
        <TextArea name="text" rows={6} className="font-mono text-xs" />
      </Field>
    </Form>
  );
}

export function AchievementForm({ rowId, achievement, ...ref }: Ref & { rowId: string; achievement: string }) {
  return (
    <Form action={updateDossierRow} submitLabel="Lưu thành tích" submitVariant="outline">
      <Hidden {...ref} rowId={rowId} />
      <Field name="achievement" label="Tóm tắt thành tích" id={`achievement-${rowId}`}>
        <TextArea name="achievement" rows={3} defaultValue={achievement} />
      </Field>
    </Form>
  );
}

export function RemoveRowForm({ rowId, ...ref }: Ref & { rowId: string }) {
  return (
    <Form action={removeDossierRow} submitLabel="Bỏ khỏi hồ sơ" submitVariant="outline">
      <Hidden {...ref} rowId={rowId} />
    </Form>
  );
}

const stepActions = { submit: submitDossier, forward: forwardDossier, accept: acceptDossier } as const;

/** Send up / forward / accept, with an optional note for the level it goes to. */
export function StepForm({ step, label, ...ref }: Ref & { step: keyof typeof stepActions; label: string }) {
  return (
    <Form action={stepActions[step]} submitLabel={label}>
      <Hidden {...ref} />
      <Field name="note" label="Ghi chú (nếu có)" id={`note-${step}`}>
        <TextArea name="note" rows={2} />
      </Field>
    </Form>
  );
}

export function ReturnForm({ to, ...ref }: Ref & { to: string }) {
  return (
    <Form action={returnDossier} submitLabel={`Trả lại ${to}`} submitVariant="outline">
      <Hidden {...ref} />
      <Field name="note" label="Lý do trả lại (bắt buộc)" id="note-return">
        <TextArea name="note" rows={3} />
      </Field>
    </Form>
  );
}

export function RejectRowForm({ rowId, ...ref }: Ref & { rowId: string }) {
  return (
    <Form action={rejectDossierRow} submitLabel="Không đề nghị dòng này" submitVariant="outline">
      <Hidden {...ref} rowId={rowId} />
      <Field name="note" label="Lý do" id={`reject-${rowId}`}>
        <TextInput name="note" />
      </Field>
    </Form>
  );
}

export function RestoreRowForm({ rowId, ...ref }: Ref & { rowId: string }) {
  return (
    <Form action={restoreDossierRow} submitLabel="Đề nghị lại" submitVariant="outline">
      <Hidden {...ref} rowId={rowId} />
    </Form>
  );
}

export function RaiseRowForm({ rowId, types, ...ref }: Ref & { rowId: string; types: Choice[] }) {
  return (
    <Form action={raiseDossierRow} submitLabel="Đề nghị hình thức cao hơn" submitVariant="outline">
      <Hidden {...ref} rowId={rowId} />
      <Field name="typeId" label="Hình thức" id={`raise-type-${rowId}`}>
        <Select name="typeId" defaultValue="" placeholder="— Chọn —" options={types} />
      </Field>
      <Field name="note" label="Lý do" id={`raise-note-${rowId}`}>
        <TextInput name="note" />
      </Field>
    </Form>
  );
}

/** The decision the accepted dossier becomes: its number, date and signer; the rows are the dossier's. */
export function DecideForm({ authority, categories, ...ref }: Ref & { authority: string; categories: Choice[] }) {
  return (
    <Form action={decideDossier} submitLabel="Ra quyết định">
      <Hidden {...ref} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="number" label="Số quyết định">
          <TextInput name="number" placeholder="1234/QĐ-UBND" />
        </Field>
        <Field name="signedAt" label="Ngày ký">
          <TextInput name="signedAt" type="date" />
        </Field>
        <Field name="issuingAuthority" label="Cơ quan ban hành" className="sm:col-span-2">
          <TextInput name="issuingAuthority" defaultValue={authority} />
        </Field>
        <Field name="signerName" label="Người ký">
          <TextInput name="signerName" />
        </Field>
        <Field name="signerTitle" label="Chức vụ người ký">
          <TextInput name="signerTitle" />
        </Field>
        <Field name="category" label="Loại khen thưởng">
          <Select name="category" defaultValue="PERIODIC" options={categories} />
        </Field>
        <Field name="summary" label="Trích yếu" className="sm:col-span-2">
          <TextArea name="summary" rows={2} />
        </Field>
      </div>
    </Form>
  );
}
