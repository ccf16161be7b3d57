import type { Metadata } from 'next';
import { Breadcrumb, PageTitle, RegistryNav } from '@/components/registry/registry-nav';
import { formatDate, formatNumber } from '@/lib/common/format';
import { listPublicPeriods } from '@/lib/registry/data/comment-periods';
import { registryPaths } from '@/lib/registry/labels';

export const metadata: Metadata = {
  title: 'Lấy ý kiến nhân dân về đề nghị khen thưởng',
  description: 'Danh sách tập thể, cá nhân được đề nghị khen thưởng đang và đã lấy ý kiến nhân dân.',
  alternates: { canonical: registryPaths.comments },
};

const phaseLabels = { upcoming: 'Sắp lấy ý kiến', open: 'Đang lấy ý kiến', ended: 'Đã kết thúc' } as const;

export default async function CommentPeriodsPage() {
  const periods = await listPublicPeriods();
  return (
    <div>
      <RegistryNav current={registryPaths.comments} />
      <Breadcrumb items={[{ label: 'Lấy ý kiến nhân dân' }]} />
      <PageTitle eyebrow="Trước khi quyết định khen thưởng">Lấy ý kiến nhân dân</PageTitle>
      <p className="mb-6 max-w-3xl">
        Với những hình thức khen thưởng pháp luật quy định, trước khi quyết định, cơ quan thi đua – khen thưởng công bố danh sách người được đề nghị để nhân dân góp ý trong một số ngày làm việc. Ý kiến gửi về không được công bố.
      </p>
      {periods.length === 0 ? <p className="text-stone-600">Chưa có đợt lấy ý kiến nào.</p> : null}
      <ul className="max-w-3xl space-y-3">
        {periods.map((p) => (
          <li key={p.slug} className="rounded border border-stone-200 bg-white p-4">
            <a href={registryPaths.commentPeriod(p.slug)} className="font-semibold text-brand-700 hover:underline">
              {p.title}
            </a>
            <p className="text-sm text-stone-700">
              <strong>{phaseLabels[p.phase]}</strong> · {formatNumber(p.workingDays)} ngày làm việc, từ {formatDate(p.opensOn)} đến hết {formatDate(p.closesOn)} · {formatNumber(p._count.candidates)} người
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
