import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/admin/back-link';
import { MarkCommentForm, SummarizeForm } from '@/components/admin/council/comment-forms';
import { RuleCitation } from '@/components/registry/rule-citation';
import { requireStaff } from '@/lib/auth/session';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { formatDate, formatDateTime, formatNumber } from '@/lib/common/format';
import { vietnamToday } from '@/lib/calendar/working-days';
import { verdictLabels } from '@/lib/registry/council/labels';
import { getStaffPeriod, periodPhase } from '@/lib/registry/data/comment-periods';
import { registryPaths } from '@/lib/registry/labels';

export const metadata: Metadata = { title: 'Đợt lấy ý kiến nhân dân' };
export const instant = false;

/** One period for the registrar: the comments per candidate (never public), their marks, and the summary into the dossiers. */
export default async function CommentPeriodAdminPage({ params }: PageProps<'/admin/thi-dua/lay-y-kien/[id]'>) {
  const { id } = await params;
  await requireStaff(REGISTRY_ROLES, `/admin/thi-dua/lay-y-kien/${id}`);
  const p = await getStaffPeriod(id);
  if (!p) notFound();
  const phase = periodPhase(p, vietnamToday());
  const total = p.candidates.reduce((n, c) => n + c.comments.length, 0);
  const unmarked = p.candidates.reduce((n, c) => n + c.comments.filter((m) => !m.verdict).length, 0);
  return (
    <div className="max-w-5xl">
      <BackLink href="/admin/thi-dua/lay-y-kien">Lấy ý kiến nhân dân</BackLink>
      <h1 className="font-serif text-2xl font-bold text-brand-700 sm:text-3xl">{p.title}</h1>
      <p className="mb-1 text-stone-700" data-testid="period-dates">
        {formatNumber(p.workingDays)} ngày làm việc, từ {formatDate(p.opensOn)} đến hết {formatDate(p.closesOn)} · {phase === 'open' ? 'đang lấy ý kiến' : phase === 'ended' ? 'đã kết thúc' : 'sắp mở'}
      </p>
      {p.rule ? (
        <p className="mb-1 text-sm text-stone-700">
          Căn cứ: <RuleCitation rule={p.rule} />
        </p>
      ) : null}
      <p className="mb-4 text-sm">
        <Link href={registryPaths.commentPeriod(p.slug)} className="text-brand-700 underline">
          Trang công khai
        </Link>
        {p.article ? (
          <>
            {' '}
            ·{' '}
            <Link href={`/admin/bai-viet/${p.article.id}`} className="text-brand-700 underline">
              Bài đăng của tòa soạn: {p.article.title}
            </Link>{' '}
            ({p.article.status === 'PUBLISHED' ? 'đã đăng' : 'bản nháp, chờ biên tập'})
          </>
        ) : null}
      </p>

      <section aria-labelledby="summary" className="mb-6 rounded border border-stone-200 bg-white p-4">
        <h2 id="summary" className="mb-2 font-semibold">
          {formatNumber(total)} ý kiến, {formatNumber(unmarked)} chưa đánh giá
        </h2>
        {p.summarizedAt ? (
          <p className="text-sm">Đã tổng hợp vào hồ sơ lúc {formatDateTime(p.summarizedAt)}.</p>
        ) : phase === 'ended' && unmarked === 0 ? (
          <SummarizeForm id={p.id} version={p.version} />
        ) : (
          <p className="text-sm text-stone-700">{phase === 'ended' ? 'Đánh giá hết các ý kiến rồi tổng hợp vào hồ sơ.' : `Tổng hợp vào hồ sơ sau ngày ${formatDate(p.closesOn)}, khi đã đánh giá hết các ý kiến.`}</p>
        )}
      </section>

      {p.candidates.map((c) => (
        <section key={c.id} aria-labelledby={`candidate-${c.id}`} className="mb-6">
          <h2 id={`candidate-${c.id}`} className="text-lg font-semibold">
            {c.name} – {c.unitName}
          </h2>
          <p className="mb-2 text-sm text-stone-700">
            Đề nghị {c.proposed} ·{' '}
            <Link href={`/admin/thi-dua/ho-so/${c.row.dossier.id}`} className="text-brand-700 underline">
              hồ sơ {c.row.dossier.code}
            </Link>{' '}
            · {formatNumber(c.comments.length)} ý kiến
          </p>
          <ul className="space-y-3">
            {c.comments.map((m) => (
              <li key={m.id} className="rounded border border-stone-200 bg-white p-3">
                <p className="text-sm text-stone-600">
                  {m.authorName} · {m.contact} · {formatDateTime(m.createdAt)}
                  {m.verdict ? ` · ${verdictLabels[m.verdict]}${m.reviewedBy ? ` (${m.reviewedBy.name})` : ''}` : ' · chưa đánh giá'}
                </p>
                <p className="my-2 whitespace-pre-line">{m.body}</p>
                {p.summarizedAt ? (m.verdictNote ? <p className="text-sm">Ghi chú: {m.verdictNote}</p> : null) : <MarkCommentForm periodId={p.id} commentId={m.id} verdict={m.verdict} note={m.verdictNote} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
