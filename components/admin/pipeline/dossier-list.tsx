import Link from 'next/link';
import { formatDate } from '@/lib/common/format';
import type { DossierListItem } from '@/lib/registry/data/dossiers';
import { dossierStatusLabels } from '@/lib/registry/pipeline-labels';

/** Dossiers as cards: code, title, unit, where it is, deadline — readable on a phone. */
export function DossierList({ items, empty }: { items: DossierListItem[]; empty: string }) {
  if (items.length === 0) return <p className="text-sm text-stone-600">{empty}</p>;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <ul className="divide-y divide-stone-100 rounded border border-stone-200 bg-white">
      {items.map((d) => {
        const late = d.deadline && d.status !== 'DECIDED' && d.deadline.toISOString().slice(0, 10) < today;
        return (
          <li key={d.id} className="p-3 text-sm">
            <Link href={`/admin/thi-dua/ho-so/${d.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
              {d.code} · {d.title}
            </Link>
            <span className="block text-stone-700">
              {d.unitName} · {d.typeName} năm {d.year} · {d.rows.toLocaleString('vi-VN')} dòng
            </span>
            <span className="block text-stone-600">
              <strong className="text-stone-800">{dossierStatusLabels[d.status]}</strong>
              {d.status === 'SUBMITTED' ? ` tại ${d.holderName}` : ''}
              {d.deadline ? (
                <span className={late ? 'font-semibold text-brand-700' : ''}>
                  {' '}
                  · hạn {formatDate(d.deadline)}
                  {late ? ' (quá hạn)' : ''}
                </span>
              ) : null}
              {d.mine && d.status !== 'DRAFT' && d.status !== 'RETURNED' ? <span className="ml-1 rounded bg-amber-100 px-1.5 text-amber-900">chờ bạn xử lý</span> : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
