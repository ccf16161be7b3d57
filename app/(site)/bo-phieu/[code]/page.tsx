import type { Metadata } from 'next';
import { Suspense } from 'react';
import { BallotForm } from '@/components/site/ballot-form';
import { formatDate } from '@/lib/common/format';
import { hashBallotCode } from '@/lib/registry/council/ballot-code';
import { ballotCandidates } from '@/lib/registry/data/ballot';

export const metadata: Metadata = { title: 'Phiếu bầu Hội đồng Thi đua – Khen thưởng', robots: { index: false, follow: false }, referrer: 'no-referrer' };

const CODE = /^[A-Za-z0-9_-]{20,64}$/;

async function Ballot({ params }: { params: PageProps<'/bo-phieu/[code]'>['params'] }) {
  const { code } = await params;
  const ballot = CODE.test(code) ? await ballotCandidates(hashBallotCode(code)) : null;
  if (!ballot) return <p className="rounded border border-stone-300 bg-white p-4">Đường dẫn phiếu bầu không đúng hoặc đã được cấp lại. Liên hệ thường trực Hội đồng để nhận đường dẫn mới.</p>;
  return (
    <>
      <p className="mb-1 text-stone-700">
        {ballot.session.council} · phiên {ballot.session.code}, ngày {formatDate(ballot.session.heldOn)}
      </p>
      <p className="mb-4 text-lg font-semibold">{ballot.session.title}</p>
      <p className="mb-4 text-sm text-stone-700">
        Phiếu của: <strong>{ballot.member}</strong>. Bỏ phiếu kín: hệ thống chỉ cộng phiếu của bạn vào tổng số của từng người, không lưu bạn đã chọn gì. Mỗi đường dẫn dùng một lần.
      </p>
      {ballot.used ? (
        <p className="rounded border border-stone-300 bg-white p-4 font-semibold">Phiếu bầu này đã được dùng. Cảm ơn bạn.</p>
      ) : ballot.status !== 'VOTING' ? (
        <p className="rounded border border-stone-300 bg-white p-4 font-semibold">{ballot.status === 'CLOSED' ? 'Phiên họp đã kết thúc bỏ phiếu.' : 'Phiên họp chưa mở bỏ phiếu.'}</p>
      ) : ballot.candidates.length === 0 ? (
        <p className="rounded border border-stone-300 bg-white p-4">Không có người nào bạn được bỏ phiếu điện tử ở phiên này.</p>
      ) : (
        <BallotForm code={code} candidates={ballot.candidates} />
      )}
    </>
  );
}

/** A council member's one-time electronic ballot (not indexed, not linked from anywhere). */
export default function BallotPage({ params }: PageProps<'/bo-phieu/[code]'>) {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-3 font-serif text-3xl font-bold text-brand-700">Phiếu bầu</h1>
      <Suspense fallback={<p className="text-stone-600">Đang mở phiếu bầu…</p>}>
        <Ballot params={params} />
      </Suspense>
    </div>
  );
}
