import type { Metadata } from 'next';
import { z } from 'zod';
import { Pagination } from '@/components/site/pagination';
import { requireStaff } from '@/lib/auth/session';
import { listAuditActors, listAuditEvents, recordUndoStates } from '@/lib/audit/data/events';
import { formatDate, formatDateTime } from '@/lib/common/format';
import { ADMIN_ROLES } from '@/lib/auth/roles';
import { AUDIT_ENTITIES, auditActionLabels, auditEntityLabels, diffLines } from '@/lib/audit/labels';
import { unitEventStates } from '@/lib/registry/data/units';
import { UndoUnitEventForm } from '@/components/admin/unit-forms';
import { UndoRecordEditForm } from '@/components/admin/undo-record-form';

export const metadata: Metadata = { title: 'Nhật ký thay đổi' };
export const instant = false;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const filtersSchema = z.object({
  entity: z.preprocess(first, z.enum(AUDIT_ENTITIES).optional().catch(undefined)),
  actor: z.preprocess(first, z.string().max(64).optional().catch(undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});
const entityLabels = auditEntityLabels;

/** Every staff change: who, what, when, from where, what it changed (before → after). */
export default async function AuditPage({ searchParams }: PageProps<'/admin/nhat-ky'>) {
  await requireStaff(ADMIN_ROLES, '/admin/nhat-ky');
  const f = filtersSchema.parse(await searchParams);
  const [{ events, total, pageCount }, actors] = await Promise.all([listAuditEvents(f), listAuditActors()]);
  // A reorganisation step (merge, move, rename) can be undone from here while it stands.
  const eventOf = (diff: unknown) => (diff && typeof diff === 'object' && 'eventId' in diff && typeof diff.eventId === 'string' ? diff.eventId : null);
  const undoable = (action: string) => action !== 'unit.event.undo' && action !== 'unit.merged';
  // …and so can an edit of a person or a collective (its fields go back), once.
  const [states, recordStates] = await Promise.all([unitEventStates(events.filter((e) => undoable(e.action)).flatMap((e) => eventOf(e.diff) ?? [])), recordUndoStates(events)]);
  const href = (page: number) => {
    const p = new URLSearchParams();
    if (f.entity) p.set('entity', f.entity);
    if (f.actor) p.set('actor', f.actor);
    if (page > 1) p.set('page', String(page));
    const q = p.toString();
    return `/admin/nhat-ky${q ? `?${q}` : ''}`;
  };
  const field = 'ml-1 rounded border border-stone-300 bg-white px-2 py-1';
  return (
    <div>
      <h1 className="mb-4 font-serif text-3xl font-bold text-brand-700">Nhật ký thay đổi</h1>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
        <label>
          Đối tượng
          <select name="entity" defaultValue={f.entity ?? ''} className={field}>
            <option value="">Tất cả</option>
            {Object.entries(entityLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Người thực hiện
          <select name="actor" defaultValue={f.actor ?? ''} className={field}>
            <option value="">Tất cả</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-stone-800 px-3 py-1 font-semibold text-white">
          Lọc
        </button>
      </form>
      <p className="mb-2 text-sm text-stone-600">{total} sự kiện</p>
      <div className="overflow-x-auto rounded border border-stone-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-600" role="region" aria-label="Nhật ký thay đổi" tabIndex={0}>
        <table className="w-full min-w-[48rem] text-left text-sm">
          <caption className="sr-only">Nhật ký thay đổi</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="p-2">Thời điểm</th>
              <th scope="col" className="p-2">Người thực hiện</th>
              <th scope="col" className="p-2">Thao tác</th>
              <th scope="col" className="p-2">Đối tượng</th>
              <th scope="col" className="p-2">Chi tiết</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={String(e.id)} className="border-t border-stone-200 align-top">
                <td className="whitespace-nowrap p-2">{formatDateTime(e.createdAt)}</td>
                <td className="p-2">
                  {e.actorName ?? 'Hệ thống'}
                  {e.ip ? <span className="block text-xs text-stone-500">{e.ip}</span> : null}
                </td>
                <td className="p-2">
                  {auditActionLabels[e.action] ?? e.action} <span className="block font-mono text-xs text-stone-500">{e.action}</span>
                </td>
                <td className="p-2">
                  {entityLabels[e.entity as keyof typeof entityLabels] ?? e.entity}
                  {e.subject ? <span className="block font-semibold">{e.subject}</span> : null}
                  <span className="block font-mono text-xs text-stone-500">{e.entityId}</span>
                </td>
                <td className="max-w-md p-2 text-xs">
                  <AuditDiff diff={e.diff} />
                  {undoable(e.action) && states.has(eventOf(e.diff) ?? '') ? (
                    <div className="mt-2 border-t border-stone-200 pt-2">
                      {states.get(eventOf(e.diff)!) ? (
                        <p role="status" className="font-semibold text-green-800">
                          Đã hoàn tác ngày {formatDate(states.get(eventOf(e.diff)!)!)}.
                        </p>
                      ) : (
                        <UndoUnitEventForm id={eventOf(e.diff)!} label={auditActionLabels[e.action] ?? e.action} />
                      )}
                    </div>
                  ) : null}
                  {recordStates.has(e.id) ? (
                    <div className="mt-2 border-t border-stone-200 pt-2">
                      {recordStates.get(e.id) ? (
                        <p role="status" className="font-semibold text-green-800">
                          Đã hoàn tác lúc {formatDateTime(recordStates.get(e.id)!)}.
                        </p>
                      ) : (
                        <UndoRecordEditForm auditId={e.id} label={auditActionLabels[e.action] ?? e.action} subject={e.subject ?? e.entityId} />
                      )}
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={f.page} pageCount={pageCount} hrefFor={href} />
    </div>
  );
}

const shown = (value: unknown) => (value === null || value === undefined || value === '' ? '∅' : typeof value === 'string' ? value : JSON.stringify(value));

/** Before → after, one field a line; a value only on one side shows that side. */
function AuditDiff({ diff }: { diff: unknown }) {
  const lines = diffLines(diff);
  if (lines.length === 0) return null;
  return (
    <dl className="space-y-1 break-words">
      {lines.map((line, i) => (
        <div key={`${line.field}-${i}`}>
          {line.field ? <dt className="inline font-semibold">{line.field}: </dt> : null}
          <dd className="inline font-mono">
            {'before' in line ? <del className="text-stone-500">{shown(line.before)}</del> : null}
            {'before' in line && 'after' in line ? ' → ' : null}
            {'after' in line ? <ins className="no-underline">{shown(line.after)}</ins> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
