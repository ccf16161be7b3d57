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

export const metadata: Metadata = { title: 'Hồ sơ cá nhân' };
export const instant = false;

export default async function IndividualAdminPage({ params }: PageProps<'/admin/khen-thuong/ho-so/ca-nhan/[id]'>) {
  const { id } = await params;
  await requireStaff(REGISTRY_ROLES, `/admin/khen-thuong/ho-so/ca-nhan/${id}`);
  const [person, tree] = await Promise.all([
    getIndividualForEdit(id),
    listUnitTree(),
  ]);
  if (!person) notFound();
  const units = tree.filter((u) => u.active && u.id !== person.unitId).map((u) => ({ id: u.id, label: u.label }));
  return (
    <div className="max-w-3xl space-y-4">
      <BackLink href="/admin/khen-thuong/ho-so" className="">Cá nhân và tập thể</BackLink>
      <h1 className="font-serif text-3xl font-bold text-brand-700">{person.fullName}</h1>
      <p className="text-sm text-stone-600">{[person.position, person.unit.name].filter(Boolean).join(', ')}</p>
      <AwardHistory awards={person.awards} />
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
