import { DecisionItem } from '@/components/registry/decision-item';
import { Pagination } from '@/components/site/pagination';
import type { DecisionListDto } from '@/lib/registry/data/decisions';
import { formatNumber } from '@/lib/common/format';
import { registryPaths } from '@/lib/registry/labels';

/** One page of the decisions list (page numbers are paths: /vinh-danh/quyet-dinh/trang/2). */
export function DecisionList({ list }: { list: DecisionListDto }) {
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
