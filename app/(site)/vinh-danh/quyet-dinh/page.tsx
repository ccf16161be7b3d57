import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { PageTitle, RegistryNav, RevokedBadge } from '@/components/registry/registry-nav';
import { Pagination } from '@/components/site/pagination';
import { listDecisions } from '@/lib/data/registry-catalogue';
import { formatDate, formatNumber } from '@/lib/format';
import { decisionCategoryLabels, registryPaths } from '@/lib/registry/labels';
import { parseAwardFilters } from '@/lib/validations/registry';

export const metadata: Metadata = {
  title: 'Quyết định khen thưởng',
  description: 'Các quyết định khen thưởng: số, ngày ký, cơ quan ban hành, người ký, trạng thái hiệu lực.',
  alternates: { canonical: registryPaths.decisions },
};

async function DecisionList({ searchParams }: { searchParams: PageProps<'/vinh-danh/quyet-dinh'>['searchParams'] }) {
  const { page } = parseAwardFilters({ trang: (await searchParams).trang });
  const list = await listDecisions(page);
  return (
    <>
      <p className="mb-4 text-sm text-stone-600">{formatNumber(list.total)} quyết định, mới ký trước.</p>
      <ul className="divide-y divide-stone-200">
        {list.decisions.map((d) => (
          <li key={d.slug} className="py-3">
            <Link href={registryPaths.decision(d.slug)} className="font-semibold text-brand-700 hover:underline">
              Quyết định số {d.number}
            </Link>
            {d.revoked ? <RevokedBadge /> : null}
            {d.summary ? <p className="text-sm">{d.summary}</p> : null}
            <p className="text-xs text-stone-600">
              {formatDate(d.signedAt)} · {d.issuingAuthority} · {decisionCategoryLabels[d.category]} · {formatNumber(d.awardCount)} lượt khen thưởng
            </p>
          </li>
        ))}
      </ul>
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(n) => (n > 1 ? `${registryPaths.decisions}?trang=${n}` : registryPaths.decisions)} />
    </>
  );
}

export default function DecisionsPage({ searchParams }: PageProps<'/vinh-danh/quyet-dinh'>) {
  return (
    <div>
      <RegistryNav current={registryPaths.decisions} />
      <PageTitle eyebrow="Bảng Vàng">Quyết định khen thưởng</PageTitle>
      <Suspense fallback={<p className="text-stone-600">Đang tải…</p>}>
        <DecisionList searchParams={searchParams} />
      </Suspense>
    </div>
  );
}
