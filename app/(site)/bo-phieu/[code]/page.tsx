import type { Metadata } from 'next';
import { BallotForm } from '@/components/site/ballot-form';
import { formatDate } from '@/lib/common/format';
import { hashBallotCode } from '@/lib/registry/council/ballot-code';
import { ballotCandidates } from '@/lib/registry/data/ballot';

// The code is in the address: no referrer leaves the site ('same-origin', not 'no-referrer',
// under which a browser's form post says Origin: null and the action is refused).
export const metadata: Metadata = { title: 'Phiếu bầu Hội đồng Thi đua – Khen thưởng', robots: { index: false, follow: false }, referrer: 'same-origin' };
// Per request, rendered whole before it is sent: a page streamed into a Suspense boundary
// shows its fallback until JavaScript swaps the content in, and a ballot must work without it.
export const instant = false;

const CODE = /^[A-Za-z0-9_-]{20,64}$/;

async function Ballot({ code }: { code: string }) {
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
        <p role="status" className="rounded border border-stone-300 bg-white p-4 font-semibold">Phiếu bầu của bạn đã được ghi nhận; mỗi đường dẫn chỉ dùng một lần. Cảm ơn bạn.</p>
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
export default async function BallotPage({ params }: PageProps<'/bo-phieu/[code]'>) {
  const { code } = await params;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-3 font-serif text-3xl font-bold text-brand-700">Phiếu bầu</h1>
      <Ballot code={code} />
    </div>
  );
}
