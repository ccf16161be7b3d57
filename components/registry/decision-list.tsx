import { notFound } from 'next/navigation';
import { DecisionItem } from '@/components/registry/decision-item';
import { Pagination } from '@/components/site/pagination';
import { listDecisions } from '@/lib/data/registry-catalogue';
import { formatNumber } from '@/lib/format';
import { registryPaths } from '@/lib/registry/labels';

/** One page of the decisions list (page numbers are paths: /vinh-danh/quyet-dinh/trang/2). */
export async function DecisionList({ page }: { page: number }) {
  const list = await listDecisions(page);
  if (list.decisions.length === 0 && page > 1) notFound();
  return (
    <>
      <p className="mb-4 text-sm text-stone-600">{formatNumber(list.total)} quyết định, mới ký trước.</p>
      <ul className="divide-y divide-stone-200">
        {list.decisions.map((d) => (
          <li key={d.slug} className="py-3">
            <DecisionItem decision={d} />
          </li>
        ))}
      </ul>
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(n) => (n > 1 ? `${registryPaths.decisions}/trang/${n}` : registryPaths.decisions)} />
    </>
  );
}
