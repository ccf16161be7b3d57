import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DissolveUnitForm, EditUnitForm, MergeUnitForm, MoveUnitForm, SplitUnitForm, UndoUnitEventForm } from '@/components/admin/unit-forms';
import { UnitEventLine } from '@/components/registry/unit-event-line';
import { RuleCitation } from '@/components/registry/rule-citation';
import { REORGANISATION_STREAK_RULE } from '@/lib/registry/streaks';
import { hasRole, requireStaff } from '@/lib/auth/session';
import { getUnitForEdit, listUnitTree } from '@/lib/registry/data/units';
import { ADMIN_ROLES, REGISTRY_ROLES } from '@/lib/auth/roles';
import { formatDate, formatNumber } from '@/lib/common/format';
import { registryPaths, unitKindLabels } from '@/lib/registry/labels';
import { UNIT_KIND_VALUES } from '@/lib/registry/schemas/writes';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Đơn vị' };
export const instant = false;

export default async function UnitAdminPage({ params }: PageProps<'/admin/khen-thuong/don-vi/[id]'>) {
  const { id } = await params;
  const user = await requireStaff(REGISTRY_ROLES, `/admin/khen-thuong/don-vi/${id}`);
  const [found, tree] = await Promise.all([getUnitForEdit(id), listUnitTree()]);
  if (!found) notFound();
  const { unit, awards, heldAwards, events } = found;
  const isAdmin = hasRole(user, ADMIN_ROLES);
  const counts = { children: unit._count.children, collectives: unit._count.collectives, individuals: unit._count.individuals, officers: unit._count.officers, dossiers: unit._count.dossiers, awards: heldAwards };
  // Not itself, nor anything below it: the server refuses those too.
  const below = new Set([id]);
  for (const u of tree) if (u.parentId && below.has(u.parentId)) below.add(u.id);
  // Ended units take nothing new.
  const candidates = tree.filter((u) => !below.has(u.id) && !u.endedOn).map((u) => ({ id: u.id, label: u.label, version: u.version }));
  const node = tree.find((u) => u.id === id);
  const kinds = UNIT_KIND_VALUES.map((value) => ({ value, label: unitKindLabels[value] }));
  return (
    <div className="max-w-2xl space-y-4">
      <BackLink href="/admin/khen-thuong/don-vi" className="">Đơn vị</BackLink>
      <h1 className="font-serif text-3xl font-bold text-brand-700">{unit.name}</h1>
      <p className="text-sm text-stone-600">
        Mã {unit.code} · {node?.collectives ?? 0} tập thể · {node?.individuals ?? 0} cá nhân · {formatNumber(awards)} lượt khen thưởng của đơn vị ·{' '}
        <Link href={registryPaths.unit(unit.slug)} className="text-brand-700 underline">
          trang công khai
        </Link>
      </p>
      {unit.endedOn ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Đơn vị đã chấm dứt từ ngày {formatDate(unit.endedOn)}: trang công khai và lịch sử khen thưởng vẫn giữ. Muốn khôi phục, quản trị viên hoàn tác sự kiện trong lịch sử bên dưới.
        </p>
      ) : null}
      <section aria-labelledby="edit-unit" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="edit-unit" className="mb-2 font-semibold">
          Thông tin
        </h2>
        <EditUnitForm unit={unit} kinds={kinds} />
      </section>
      {unit.endedOn ? null : (
        <>
          <section aria-labelledby="move-unit" className="rounded border border-stone-200 bg-white p-4">
            <h2 id="move-unit" className="mb-2 font-semibold">
              Chuyển đơn vị
            </h2>
            <MoveUnitForm id={unit.id} version={unit.version} parentId={unit.parentId} candidates={candidates} />
          </section>
          <section aria-labelledby="merge-unit" className="rounded border border-stone-200 bg-white p-4">
            <h2 id="merge-unit" className="mb-2 font-semibold">
              Sáp nhập vào đơn vị khác
            </h2>
            <p className="mb-2 text-sm text-stone-700">
              Đơn vị trực thuộc, tập thể, cá nhân (kèm lịch sử công tác), tài khoản cán bộ và hồ sơ đang làm chuyển sang đơn vị nhận từ ngày sáp nhập. {formatNumber(heldAwards)} lượt khen thưởng đã có vẫn thuộc đơn vị này và trang của nó vẫn giữ; từ ngày đó chúng được tính vào đơn vị nhận.
            </p>
            <p className="mb-2 text-sm text-stone-700">
              Số năm liền: {REORGANISATION_STREAK_RULE.statement} Căn cứ: <RuleCitation rule={REORGANISATION_STREAK_RULE} />
            </p>
            <MergeUnitForm source={{ id: unit.id, name: unit.name, version: unit.version }} counts={counts} candidates={candidates} />
          </section>
          <section aria-labelledby="split-unit" className="rounded border border-stone-200 bg-white p-4">
            <h2 id="split-unit" className="mb-2 font-semibold">
              Chia tách
            </h2>
            <SplitUnitForm unit={{ id: unit.id, name: unit.name, version: unit.version }} counts={counts} />
          </section>
          <section aria-labelledby="dissolve-unit" className="rounded border border-stone-200 bg-white p-4">
            <h2 id="dissolve-unit" className="mb-2 font-semibold">
              Giải thể
            </h2>
            <p className="mb-2 text-sm text-stone-700">Chỉ khi không còn đơn vị trực thuộc, cá nhân, tập thể, tài khoản cán bộ hay hồ sơ đang làm: hãy chuyển chúng đi trước, hoặc sáp nhập đơn vị.</p>
            <DissolveUnitForm unit={{ id: unit.id, name: unit.name, version: unit.version }} />
          </section>
        </>
      )}
      <section aria-labelledby="unit-history" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="unit-history" className="mb-2 font-semibold">
          Lịch sử tổ chức
        </h2>
        {events.length === 0 ? (
          <p className="text-sm text-stone-600">Chưa có thay đổi nào về tên, cấp trên, sáp nhập.</p>
        ) : (
          <ol className="space-y-3">
            {events.map((event) => (
              <li key={event.id} className="border-b border-stone-100 pb-3 text-sm last:border-0">
                <UnitEventLine event={event} unitId={unit.id} linkTo="admin" />
                <p className="text-xs text-stone-500">
                  Ghi nhận {formatDate(event.createdAt)}
                  {event.createdBy ? ` bởi ${event.createdBy}` : ''}
                  {event.undoneAt ? ` · đã hoàn tác ngày ${formatDate(event.undoneAt)}` : ''}
                </p>
                {isAdmin && !event.undoneAt ? <UndoUnitEventForm id={event.id} label={`sự kiện ngày ${formatDate(event.effectiveOn)}`} /> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
