// Corrections (cải chính) and withdrawals of published stories, as the Press Law 2016 asks:
// art. 42.4 names what a correction must show (the heading "Thông tin cải chính, xin lỗi",
// the story's title, section and date, the wrong information and the corrected one);
// art. 42.1 asks an online paper to take the false information down at once and keep it
// on its server for inspection (art. 52.1.d). The wording of each label lives here.
import { z } from 'zod';
import { optionalText } from '@/lib/common/zod-fields';

const id = z.string().min(1).max(64);
// Forms send checkboxes as "on" (or nothing) and clients may send booleans.
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());
const version = z.coerce.number().int().min(0);

export const CORRECTION_POSITIONS = ['TOP', 'BOTTOM'] as const;
export const correctionPositionLabels: Record<(typeof CORRECTION_POSITIONS)[number], string> = {
  TOP: 'Đầu bài',
  BOTTOM: 'Cuối bài',
};

export const CORRECTIONS_HEADING = 'Thông tin cải chính, xin lỗi';
export const CORRECTIONS_PATH = '/cai-chinh';
/** Where a withdrawn story's readers are sent: its notice, answering 410. */
export const withdrawnPath = (slug: string) => `/bai-viet/${slug}/da-go`;
export const correctionsPageHref = (page: number) => (page === 1 ? CORRECTIONS_PATH : `${CORRECTIONS_PATH}/trang/${page}`);

/** The box's heading on a story and in the list. */
export function correctionTitle(kind: 'CORRECTION' | 'WITHDRAWAL', apology: boolean): string {
  if (kind === 'WITHDRAWAL') return apology ? 'Gỡ bài, xin lỗi' : 'Gỡ bài';
  return apology ? 'Cải chính, xin lỗi' : 'Cải chính';
}

const correctionFields = {
  wrongText: z.string().trim().min(5, 'Ghi rõ thông tin đã đăng chưa chính xác (ít nhất 5 ký tự)').max(2000, 'Tối đa 2.000 ký tự'),
  rightText: z.string().trim().min(5, 'Ghi rõ nội dung cải chính (ít nhất 5 ký tự)').max(2000, 'Tối đa 2.000 ký tự'),
  apology: checkbox,
  notified: optionalText(300, 'Tối đa 300 ký tự'),
  position: z.enum(CORRECTION_POSITIONS, { error: 'Chọn vị trí hiển thị' }).default('TOP'),
};

/** Attach a correction to a published story. */
export const addCorrectionSchema = z.object({ articleId: id, ...correctionFields });
export type AddCorrectionInput = z.infer<typeof addCorrectionSchema>;

/** Edit a correction's text; the version it was read at guards against a lost update. */
export const editCorrectionSchema = z.object({ id, version, ...correctionFields });

/** Take a published story down for a serious error (the editor's workflow step). */
export const withdrawSchema = z.object({
  id,
  version: z.number().int().min(0),
  reason: z.string().trim().min(10, 'Ghi rõ lý do gỡ bài (ít nhất 10 ký tự), chỉ tòa soạn xem được').max(2000, 'Tối đa 2.000 ký tự'),
  notice: z.string().trim().min(10, 'Ghi thông báo cho bạn đọc (ít nhất 10 ký tự)').max(1000, 'Tối đa 1.000 ký tự'),
  apology: z.boolean().default(false),
});

/** An administrator puts a withdrawn story back online (the withdrawal stays on record). */
export const reinstateSchema = z.object({
  id,
  version: z.number().int().min(0),
  note: z.string().trim().min(10, 'Ghi rõ vì sao đăng lại (ít nhất 10 ký tự)').max(1000, 'Tối đa 1.000 ký tự'),
});
