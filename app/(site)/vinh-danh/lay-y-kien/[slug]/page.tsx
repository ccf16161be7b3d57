import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb, PageTitle, RegistryNav } from '@/components/registry/registry-nav';
import { RuleCitation } from '@/components/registry/rule-citation';
import { CommentForm } from '@/components/site/comment-form';
import { formatDate, formatNumber } from '@/lib/common/format';
import { getPublicPeriod, listPublicPeriods } from '@/lib/registry/data/comment-periods';
import { registryPaths } from '@/lib/registry/labels';
import { registryNotFoundMetadata } from '@/lib/newsroom/seo';

export async function generateStaticParams() {
  const slugs = (await listPublicPeriods()).slice(0, 50).map((p) => ({ slug: p.slug }));
  // The build needs one path (Cache Components); before any period there is none, and a
  // placeholder that answers 404 stands in (the registry's other lists are never empty).
  return slugs.length ? slugs : [{ slug: 'chua-co-dot-nao' }];
}

export async function generateMetadata({ params }: PageProps<'/vinh-danh/lay-y-kien/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const period = await getPublicPeriod(slug);
  if (!period) return registryNotFoundMetadata;
  return { title: period.title, description: `Lấy ý kiến nhân dân đến hết ${formatDate(period.closesOn)}.`, alternates: { canonical: registryPaths.commentPeriod(slug) } };
}

/**
 * One comment period: the candidates as the notice publishes them (name, position, unit,
 * achievement, proposed honour — nothing else about them), the dates, and the form while it
 * is open. Once ended it says so and stays as the record.
 */
export default async function CommentPeriodPage({ params }: PageProps<'/vinh-danh/lay-y-kien/[slug]'>) {
  const { slug } = await params;
  const period = await getPublicPeriod(slug);
  if (!period) notFound();
  const open = period.phase === 'open';
  return (
    <div>
      <RegistryNav current={registryPaths.comments} />
      <Breadcrumb items={[{ href: registryPaths.comments, label: 'Lấy ý kiến nhân dân' }, { label: period.title }]} />
      <PageTitle eyebrow={open ? 'Đang lấy ý kiến' : period.phase === 'ended' ? 'Đã kết thúc lấy ý kiến' : 'Sắp lấy ý kiến'}>{period.title}</PageTitle>
      <div className="mb-6 max-w-3xl space-y-2">
        <p data-testid="period-dates">
          Lấy ý kiến trong <strong>{formatNumber(period.workingDays)} ngày làm việc</strong>, từ ngày <strong>{formatDate(period.opensOn)}</strong> đến hết ngày <strong>{formatDate(period.closesOn)}</strong> (không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, tết).
        </p>
        {open ? (
          <p className="font-semibold" data-testid="period-countdown">
            Còn {formatNumber(period.remaining)} ngày làm việc để gửi ý kiến{period.todayCounts ? ', kể cả hôm nay' : ''}.
          </p>
        ) : null}
                {period.phase === 'ended' ? <p className="rounded border border-stone-300 bg-stone-50 p-3 font-semibold">Đợt lấy ý kiến đã kết thúc ngày {formatDate(period.closesOn)}; ý kiến không còn được nhận. Trang được giữ làm hồ sơ.</p> : null}
        {period.rule ? (
          <p className="text-sm text-stone-700">
            Căn cứ: <RuleCitation rule={period.rule} />
          </p>
        ) : null}
        <p className="text-sm text-stone-700">
          Danh sách dưới đây được công bố theo quy định về lấy ý kiến nhân dân trước khi khen thưởng, kể cả với người chưa đồng ý công khai thông tin trong Sổ vàng; ngoài các nội dung này, không thông tin nào khác về họ được công bố.
        </p>
        {period.notice ? <p>{period.notice}</p> : null}
      </div>
      <section aria-labelledby="candidates-heading" className="mb-8 max-w-3xl">
        <h2 id="candidates-heading" className="mb-3 text-xl font-semibold">
          Người được đề nghị ({formatNumber(period.candidates.length)})
        </h2>
        <ol className="space-y-3">
          {period.candidates.map((c, i) => (
            <li key={c.id} className="rounded border border-stone-200 bg-white p-4">
              <p className="font-semibold">
                {i + 1}. {c.name}
              </p>
              <p className="text-sm text-stone-700">
                {c.jobTitle ? `${c.jobTitle}, ` : ''}
                {c.unitName}
              </p>
              <p className="text-sm">
                Đề nghị: <strong>{c.proposed}</strong>
              </p>
              <p className="mt-1 text-sm">{c.summary}</p>
            </li>
          ))}
        </ol>
      </section>
      {open ? (
        <section aria-labelledby="comment-heading" className="max-w-3xl rounded border border-stone-200 bg-white p-4">
          <h2 id="comment-heading" className="mb-1 text-xl font-semibold">
            Gửi ý kiến
          </h2>
          <p className="mb-3 text-sm text-stone-700">Ý kiến của bạn chỉ gửi tới cơ quan thi đua – khen thưởng, không được công bố. Ghi đúng họ tên và cách liên hệ để cơ quan xác minh khi cần.</p>
          <CommentForm periodSlug={period.slug} candidates={period.candidates.map((c) => ({ id: c.id, name: c.name }))} />
        </section>
      ) : null}
    </div>
  );
}
