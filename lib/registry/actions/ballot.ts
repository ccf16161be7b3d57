'use server';
// A council member's electronic secret ballot, through the one-time link the registrar gave
// them: one choice for each candidate on it, all at once. The code is marked used and the
// candidates' counters go up in one transaction, and that is all that is written — no row
// names the member beside a choice, no audit record is made of the choices, and the counts
// stay hidden from the session's page until it closes.
import { formatNumber } from '@/lib/common/format';
import { cleanInput } from '@/lib/common/clean-input';
import { INVALID, UNEXPECTED, fieldErrorsOf, type ActionAnswer } from '@/lib/common/action-state';
import { db } from '@/lib/db';
import { formDataToObject } from '@/lib/auth/with-role';
import { BALLOT_LIMIT, consumePublic, hashedRequestAddress } from '@/lib/registry/data/public-limit';
import { hashBallotCode } from '@/lib/registry/council/ballot-code';
import { ballotCandidates } from '@/lib/registry/data/ballot';
import { ballotSchema } from '@/lib/registry/schemas/council';

class Refusal extends Error {}

export async function castBallot(_state: unknown, form: FormData): Promise<ActionAnswer<undefined>> {
  const parsed = ballotSchema.safeParse(cleanInput(formDataToObject(form)));
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrorsOf(parsed.error.issues) };
  const refused = await consumePublic(BALLOT_LIMIT, await hashedRequestAddress());
  if (refused) return { ok: false, message: refused };
  const { token, choices } = parsed.data;
  try {
    const counted = await db.$transaction(async (tx) => {
      const ballot = await ballotCandidates(hashBallotCode(token), tx);
      if (!ballot) throw new Refusal('Đường dẫn phiếu bầu không đúng hoặc đã được cấp lại.');
      if (ballot.used) throw new Refusal('Phiếu bầu này đã được dùng: mỗi thành viên bỏ phiếu một lần.');
      if (ballot.status !== 'VOTING') throw new Refusal(ballot.status === 'CLOSED' ? 'Phiên họp đã kết thúc bỏ phiếu.' : 'Phiên họp chưa mở bỏ phiếu.');
      const expected = new Set(ballot.candidates.map((c) => c.id));
      if ([...choices.keys()].some((id) => !expected.has(id))) throw new Refusal('Phiếu có người không nằm trong danh sách bỏ phiếu của bạn.');
      const missing = ballot.candidates.filter((c) => !choices.has(c.id));
      if (missing.length) throw new Refusal(`Chọn ý kiến cho từng người: còn ${formatNumber(missing.length)} người chưa chọn (${missing.map((c) => c.name).join(', ')}).`);
      const claimed = await tx.ballotToken.updateMany({ where: { id: ballot.tokenId, usedAt: null }, data: { usedAt: new Date() } });
      if (claimed.count === 0) throw new Refusal('Phiếu bầu này đã được dùng: mỗi thành viên bỏ phiếu một lần.');
      for (const [candidateId, choice] of choices) {
        const field = choice === 'YES' ? 'yes' : choice === 'NO' ? 'no' : 'abstain';
        await tx.sessionCandidate.update({ where: { id: candidateId }, data: { [field]: { increment: 1 } } });
      }
      return choices.size;
    });
    return { ok: true, message: `Đã ghi nhận phiếu bầu của bạn cho ${formatNumber(counted)} người. Cảm ơn bạn.` };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    console.error('[ballot]', error);
    return { ok: false, message: UNEXPECTED };
  }
}
