import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditIndividualForm, MoveIndividualForm } from '@/components/admin/recipient-forms';
import { requireStaff } from '@/lib/auth/session';
import { getIndividualForEdit } from '@/lib/registry/data/people';
import { listUnitTree } from '@/lib/registry/data/units';
import { formatDate } from '@/lib/common/format';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { AwardHistory } from '@/components/admin/award-history';
import { BackLink } from '@/components/admin/back-link';
import { InitiativeForm } from '@/components/admin/initiative-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { TextInput } from '@/components/ui/text-input';
import { EligibilityReport } from '@/components/registry/eligibility-report';
import { evaluateNominee, listInitiatives, listTypesWithRules } from '@/lib/registry/data/eligibility';
import { levelLabels } from '@/lib/registry/labels';
import { eligibilityCheckSchema } from '@/lib/registry/schemas/eligibility';

export const metadata: Metadata = { title: 'Hồ sơ cá nhân' };
export const instant = false;

export default async function IndividualAdminPage({ params, searchParams }: PageProps<'/admin/khen-thuong/ho-so/ca-nhan/[id]'>) {
  const { id } = await params;
  await requireStaff(REGISTRY_ROLES, `/admin/khen-thuong/ho-so/ca-nhan/${id}`);
  const [person, tree, initiatives, types] = await Promise.all([getIndividualForEdit(id), listUnitTree(), listInitiatives(id), listTypesWithRules()]);
  if (!person) notFound();
  // "Kiểm tra tiêu chuẩn": a GET form, so a check can be linked and reloaded.
  const lastYear = new Date().getFullYear() - 1;
  const query = await searchParams;
  const check = eligibilityCheckSchema.safeParse({ type: query['kiem-tra'], year: query.nam ?? lastYear });
  const checkedType = check.success ? types.find((t) => t.code === check.data.type) : undefined;
  const evaluation = check.success && checkedType ? await evaluateNominee(checkedType.code, { kind: 'INDIVIDUAL', id }, check.data.year, new Date()) : null;
  const units = tree.filter((u) => u.active && u.id !== person.unitId).map((u) => ({ id: u.id, label: u.label }));
  return (
    <div className="max-w-3xl space-y-4">
      <BackLink href="/admin/khen-thuong/ho-so" className="">Cá nhân và tập thể</BackLink>
      <h1 className="font-serif text-3xl font-bold text-brand-700">{person.fullName}</h1>
      <p className="text-sm text-stone-600">{[person.position, person.unit.name].filter(Boolean).join(', ')}</p>
      <AwardHistory awards={person.awards} />
      <section aria-labelledby="check-h" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="check-h" className="mb-2 font-semibold">
          Kiểm tra tiêu chuẩn
        </h2>
        <form method="get" className="mb-3 flex flex-wrap items-end gap-3">
          <Field name="kiem-tra" label="Danh hiệu">
            <Select name="kiem-tra" defaultValue={checkedType?.code ?? ''} options={types.map((t) => ({ value: t.code, label: t.name }))} />
          </Field>
          <Field name="nam" label="Năm thành tích">
            <TextInput name="nam" type="number" inputMode="numeric" className="w-28" defaultValue={check.success ? check.data.year : lastYear} />
          </Field>
          <Button type="submit" variant="primary" size="sm">
            Kiểm tra
          </Button>
        </form>
        {evaluation && checkedType ? <EligibilityReport evaluation={evaluation} title={checkedType.name} year={check.data!.year} /> : <p className="text-sm text-stone-600">Chọn danh hiệu và năm để đối chiếu với sổ theo tiêu chuẩn đang có hiệu lực.</p>}
      </section>
      <section aria-labelledby="initiatives-h" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="initiatives-h" className="mb-2 font-semibold">
          Sáng kiến được công nhận
        </h2>
        {initiatives.length === 0 ? (
          <p className="mb-3 text-sm text-stone-600">Chưa ghi sáng kiến nào.</p>
        ) : (
          <ul className="mb-3 space-y-1 text-sm">
            {initiatives.map((i) => (
              <li key={i.id}>
                <span className="font-semibold">{i.year}</span> · {i.title} — {levelLabels[i.level].toLowerCase()}, {i.recognizedBy}
                {i.reference ? ` (${i.reference})` : ''}
              </li>
            ))}
          </ul>
        )}
        <InitiativeForm individualId={person.id} defaultYear={lastYear} />
      </section>
      <section aria-labelledby="edit-h" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="edit-h" className="mb-2 font-semibold">
          Thông tin
        </h2>
        <EditIndividualForm person={person} />
      </section>
      <section aria-labelledby="history-h" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="history-h" className="mb-2 font-semibold">
          Quá trình công tác
        </h2>
        <ul className="mb-3 text-sm">
          {person.unitHistory.map((h) => (
            <li key={h.id}>
              {h.unit.name}
              {h.position ? `, ${h.position}` : ''} · {h.startedAt ? formatDate(h.startedAt) : '…'} – {h.endedAt ? formatDate(h.endedAt) : 'nay'}
            </li>
          ))}
        </ul>
        <MoveIndividualForm id={person.id} units={units} />
      </section>
    </div>
  );
}
