'use server';
// A reader's comment on a candidate of an open comment period. Never published: stored with
// the period for the registrar to read and mark. Limited per address (a keyed hash of it is
// all that is kept), bounded in size, and refused when it looks like spam (a field people
// never see filled in, links, advertising words, the same text sent again).
import { formatDate } from '@/lib/common/format';
import { cleanInput } from '@/lib/common/clean-input';
import { INVALID, UNEXPECTED, fieldErrorsOf, type ActionAnswer } from '@/lib/common/action-state';
import { db } from '@/lib/db';
import { formDataToObject } from '@/lib/auth/with-role';
import { vietnamToday } from '@/lib/calendar/working-days';
import { COMMENT_LIMIT, consumePublic, hashedRequestAddress } from '@/lib/registry/data/public-limit';
import { spamReason } from '@/lib/registry/council/spam';
import { publicCommentSchema } from '@/lib/registry/schemas/council';

export async function sendPublicComment(_state: unknown, form: FormData): Promise<ActionAnswer<undefined>> {
  const parsed = publicCommentSchema.safeParse(cleanInput(formDataToObject(form)));
  if (!parsed.success) return { ok: false, message: INVALID, fieldErrors: fieldErrorsOf(parsed.error.issues) };
  const input = parsed.data;
  const addressHash = await hashedRequestAddress();
  const spam = spamReason(input);
  if (spam) return { ok: false, message: `Ý kiến không được nhận: ${spam}` };
  const limited = await consumePublic(COMMENT_LIMIT, addressHash);
  if (limited) return { ok: false, message: limited };
  try {
    const period = await db.commentPeriod.findUnique({ where: { slug: input.periodSlug }, select: { id: true, opensOn: true, closesOn: true, candidates: { where: { id: input.candidateId }, select: { id: true, name: true } } } });
    if (!period) return { ok: false, message: 'Đợt lấy ý kiến không tồn tại.' };
    const today = vietnamToday();
    if (today < period.opensOn.toISOString().slice(0, 10)) return { ok: false, message: `Đợt lấy ý kiến bắt đầu từ ${formatDate(period.opensOn)}.` };
    if (today > period.closesOn.toISOString().slice(0, 10)) return { ok: false, message: `Đợt lấy ý kiến đã kết thúc ngày ${formatDate(period.closesOn)}; ý kiến không còn được nhận.` };
    const candidate = period.candidates[0];
    if (!candidate) return { ok: false, message: INVALID, fieldErrors: { candidateId: ['Chọn người được góp ý trong danh sách'] } };
    const repeated = await db.publicComment.count({ where: { periodId: period.id, addressHash, body: input.body } });
    if (repeated) return { ok: false, message: 'Ý kiến không được nhận: bạn đã gửi đúng nội dung này rồi.' };
    await db.publicComment.create({ data: { periodId: period.id, candidateId: candidate.id, authorName: input.authorName, contact: input.contact, body: input.body, addressHash } });
    return { ok: true, message: `Đã nhận ý kiến của bạn về ${candidate.name}. Ý kiến không được công bố; cơ quan thi đua – khen thưởng sẽ xem xét trước khi quyết định.` };
  } catch (error) {
    console.error('[comment]', error);
    return { ok: false, message: UNEXPECTED };
  }
}
