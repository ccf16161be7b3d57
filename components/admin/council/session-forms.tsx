'use client';
// The forms of the council's screens. Each session form sends the session's version: a form
// made from a state someone else has since changed is refused, and the page is reloaded.
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import type { ActionAnswer } from '@/lib/common/action-state';
import { Field } from '@/components/ui/field';
import { ActionMessage, Form, useActionForm } from '@/components/ui/form';
import { Button } from '@/components/ui/button';
import { Select, type Choice } from '@/components/ui/select';
import { TextInput } from '@/components/ui/text-input';
import { addAgenda, closeSession, createSession, enterPaperTally, openVoting, reissueBallot, removeCandidate, setAttendance, setCandidateMethod } from '@/lib/registry/actions/council';
import { attendanceLabels, methodLabels } from '@/lib/registry/council/labels';

interface Ref {
  id: string;
  version: number;
}

function Hidden({ id, version }: Ref) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

const methodChoices: Choice<'PAPER' | 'ELECTRONIC'>[] = [
  { value: 'ELECTRONIC', label: methodLabels.ELECTRONIC },
  { value: 'PAPER', label: methodLabels.PAPER },
];

export function CreateSessionForm({ councils, today }: { councils: Choice[]; today: string }) {
  return (
    <Form action={createSession} submitLabel="Tạo phiên họp" followHref>
      <Field name="councilId" label="Hội đồng">
        <Select name="councilId" options={councils} defaultValue={councils[0]?.value} />
      </Field>
      <Field name="title" label="Tên phiên họp">
        <TextInput name="title" placeholder="Xét đề nghị danh hiệu thi đua năm 2026" />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="heldOn" label="Ngày họp">
          <TextInput name="heldOn" type="date" defaultValue={today} />
        </Field>
        <Field name="location" label="Địa điểm (nếu có)">
          <TextInput name="location" />
        </Field>
      </div>
    </Form>
  );
}

export function AddAgendaForm({ dossiers, ...ref }: Ref & { dossiers: Choice[] }) {
  return (
    <Form action={addAgenda} submitLabel="Đưa vào chương trình">
      <Hidden {...ref} />
      <Field name="dossierId" label="Hồ sơ đã tiếp nhận">
        <Select name="dossierId" options={dossiers} placeholder="— Chọn hồ sơ —" />
      </Field>
      <Field name="method" label="Cách bỏ phiếu">
        <Select name="method" options={methodChoices} defaultValue="ELECTRONIC" />
      </Field>
    </Form>
  );
}

export function CandidateMethodForm({ candidateId, method, label, ...ref }: Ref & { candidateId: string; method: 'PAPER' | 'ELECTRONIC'; label: string }) {
  return (
    <Form action={setCandidateMethod} submitLabel="Đổi cách bỏ phiếu" submitVariant="secondary">
      <Hidden {...ref} />
      <input type="hidden" name="candidateId" value={candidateId} />
      <Field name="method" label={`Cách bỏ phiếu cho ${label}`} id={`method-${candidateId}`}>
        <Select name="method" options={methodChoices} defaultValue={method} size="sm" />
      </Field>
    </Form>
  );
}

export function RemoveCandidateForm({ candidateId, ...ref }: Ref & { candidateId: string }) {
  return (
    <Form action={removeCandidate} submitLabel="Bỏ khỏi chương trình" submitVariant="ghost">
      <Hidden {...ref} />
      <input type="hidden" name="candidateId" value={candidateId} />
    </Form>
  );
}

export function AttendanceForm({ members, ...ref }: Ref & { members: { id: string; name: string; position: string; attendance: 'PRESENT' | 'WRITTEN' | 'ABSENT' }[] }) {
  return (
    <Form action={setAttendance} submitLabel="Lưu điểm danh">
      <Hidden {...ref} />
      <ul className="divide-y divide-stone-200">
        {members.map((m) => (
          <li key={m.id} className="py-2">
            <fieldset>
              <legend className="font-semibold">
                {m.name} <span className="font-normal text-stone-600">– {m.position}</span>
              </legend>
              <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {(['PRESENT', 'WRITTEN', 'ABSENT'] as const).map((value) => (
                  <label key={value} className="inline-flex min-h-6 items-center gap-1.5 text-sm">
                    <input type="radio" name={`att.${m.id}`} value={value} defaultChecked={m.attendance === value} />
                    {attendanceLabels[value]}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
    </Form>
  );
}

type Ballots = { ballots: { member: string; url: string }[] };

/** The links the action answers with, shown once: to print or send to each member. */
function BallotLinks({ ballots }: Ballots) {
  if (ballots.length === 0) return null;
  return (
    <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-3">
      <p className="mb-2 text-sm font-semibold">Đường dẫn phiếu bầu (chỉ hiện lần này; mỗi đường dẫn dùng một lần):</p>
      <ul className="space-y-1 text-sm" aria-label="Phiếu bầu điện tử của các thành viên">
        {ballots.map((b) => (
          <li key={b.url} className="break-all">
            <span className="font-semibold">{b.member}:</span>{' '}
            <a href={b.url} className="text-brand-700 underline">
              {b.url}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Issues ballots and shows their links until the registrar says they are kept: the page is
 * refreshed only then (the refreshed page no longer holds this form, nor the links).
 */
function BallotIssuingForm({ action, label, children, ...ref }: Ref & { action: (form: FormData) => Promise<ActionAnswer<Ballots>>; label: string; children?: ReactNode }) {
  const router = useRouter();
  const [ballots, setBallots] = useState<Ballots['ballots']>([]);
  const [state, submit, pending] = useActionForm(action, (answer) => setBallots(answer.data?.ballots ?? []));
  if (state?.ok) {
    return (
      <div>
        <ActionMessage state={state} />
        <BallotLinks ballots={ballots} />
        <Button
          className="mt-2"
          onClick={() => {
            setBallots([]);
            router.refresh();
          }}
        >
          Đã lưu các đường dẫn, tiếp tục
        </Button>
      </div>
    );
  }
  return (
    <div>
      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          submit(new FormData(event.currentTarget));
        }}
      >
        <Hidden {...ref} />
        {children}
        <ActionMessage state={state} />
        <Button type="submit" disabled={pending}>
          {pending ? 'Đang xử lý…' : label}
        </Button>
      </form>
    </div>
  );
}

export function OpenVotingForm(ref: Ref) {
  return <BallotIssuingForm action={openVoting} label="Mở bỏ phiếu" {...ref} />;
}

export function ReissueBallotForm({ memberId, name, ...ref }: Ref & { memberId: string; name: string }) {
  return (
    <BallotIssuingForm action={reissueBallot} label={`Cấp lại phiếu cho ${name}`} {...ref}>
      <input type="hidden" name="memberId" value={memberId} />
    </BallotIssuingForm>
  );
}

export function PaperTallyForm({ candidateId, name, tally, ...ref }: Ref & { candidateId: string; name: string; tally: { yes: number; no: number; abstain: number } }) {
  return (
    <Form action={enterPaperTally} submitLabel="Ghi kết quả kiểm phiếu">
      <Hidden {...ref} />
      <input type="hidden" name="candidateId" value={candidateId} />
      <fieldset>
        <legend className="mb-1 text-sm font-semibold">Kiểm phiếu giấy: {name}</legend>
        <div className="grid grid-cols-3 gap-2">
          <Field name="yes" label="Đồng ý" id={`yes-${candidateId}`}>
            <TextInput name="yes" type="number" min={0} inputMode="numeric" defaultValue={tally.yes || ''} />
          </Field>
          <Field name="no" label="Không đồng ý" id={`no-${candidateId}`}>
            <TextInput name="no" type="number" min={0} inputMode="numeric" defaultValue={tally.no || ''} />
          </Field>
          <Field name="abstain" label="Không biểu quyết" id={`abstain-${candidateId}`}>
            <TextInput name="abstain" type="number" min={0} inputMode="numeric" defaultValue={tally.abstain || ''} />
          </Field>
        </div>
      </fieldset>
    </Form>
  );
}

export function CloseSessionForm(ref: Ref) {
  return (
    <Form action={closeSession} submitLabel="Kết thúc phiên, công bố kết quả" submitVariant="dark">
      <Hidden {...ref} />
      <p className="text-sm text-stone-700">Kết quả được tính theo quy định đang áp dụng, ghi vào từng hồ sơ kèm biên bản; người không đạt được ghi là không đề nghị (có thể đề nghị lại).</p>
    </Form>
  );
}
