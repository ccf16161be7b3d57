// One step of a unit's history, as a sentence: "Từ ngày 01/07/2025, sáp nhập vào …",
// "Từ ngày …, kế thừa từ …", "Từ ngày …, đổi tên từ … thành …". Read from the side of
// `unitId` (the page it is on); the other units are links.
import { formatDate } from '@/lib/common/format';
import { registryPaths } from '@/lib/registry/labels';

interface EventUnit {
  id: string;
  name: string;
  slug: string;
}

export interface UnitEventLineProps {
  event: {
    kind: 'RENAMED' | 'MOVED' | 'MERGED' | 'SPLIT' | 'DISSOLVED';
    effectiveOn: Date;
    undoneAt?: Date | null;
    note: string | null;
    unit: EventUnit;
    before: unknown;
    after: unknown;
    successions: { predecessor: EventUnit; successor: EventUnit }[];
  };
  unitId: string;
  linkTo: 'public' | 'admin';
}

const nameOf = (v: unknown) => (v && typeof v === 'object' && 'name' in v && typeof v.name === 'string' ? v.name : '');

export function UnitEventLine({ event, unitId, linkTo }: UnitEventLineProps) {
  const href = (u: EventUnit) => (linkTo === 'public' ? registryPaths.unit(u.slug) : `/admin/khen-thuong/don-vi/${u.id}`);
  const unitLink = (u: EventUnit) => (
    <a href={href(u)} className="text-brand-700 underline">
      {u.name}
    </a>
  );
  const since = `Từ ngày ${formatDate(event.effectiveOn)}`;
  const struck = event.undoneAt ? 'line-through decoration-stone-400' : '';
  let text: React.ReactNode;
  if (event.kind === 'RENAMED') {
    text = (
      <>
        {since}, đổi tên từ “{nameOf(event.before)}” thành “{nameOf(event.after)}”.
      </>
    );
  } else if (event.kind === 'MOVED') {
    const from = nameOf(event.before);
    const to = nameOf(event.after);
    text = (
      <>
        {since}, chuyển {from ? `từ trực thuộc “${from}” ` : ''}
        {to ? `sang trực thuộc “${to}”` : 'lên cấp cao nhất'}.
      </>
    );
  } else if (event.kind === 'MERGED') {
    const own = event.successions.find((s) => s.predecessor.id === unitId);
    text = own ? (
      <>
        {since}, sáp nhập vào {unitLink(own.successor)}.
      </>
    ) : (
      <>
        {since}, kế thừa từ{' '}
        {event.successions.map((s, i) => (
          <span key={s.predecessor.id}>
            {i > 0 ? ', ' : ''}
            {unitLink(s.predecessor)}
          </span>
        ))}{' '}
        (sáp nhập).
      </>
    );
  } else if (event.kind === 'SPLIT') {
    const parts = event.successions.map((x) => x.successor);
    text = parts.some((p) => p.id === unitId) ? (
      <>
        {since}, hình thành từ việc chia tách {unitLink(event.unit)}.
      </>
    ) : (
      <>
        {since}, chia tách thành{' '}
        {parts.map((p, i) => (
          <span key={p.id}>
            {i > 0 ? ', ' : ''}
            {unitLink(p)}
          </span>
        ))}
        .
      </>
    );
  } else {
    text = <>{since}, giải thể.</>;
  }
  return (
    <p className={struck}>
      {text}
      {event.note ? <span className="text-stone-600"> Căn cứ: {event.note}.</span> : null}
    </p>
  );
}
