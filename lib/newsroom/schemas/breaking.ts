// The breaking-news bar an editor turns on: one line, a link (a page of this site or an
// https address), and the time it goes off by itself.
import { z } from 'zod';

export const BREAKING_MAX_HOURS = 72;

const href = z
  .string()
  .trim()
  .max(500, 'Liên kết tối đa 500 ký tự')
  // No backslash anywhere: browsers read "/\host" as "//host", another site.
  .refine((v) => !v.includes('\\') && (/^\/(?!\/)\S*$/.test(v) || /^https:\/\/[^\s/]+(\/\S*)?$/.test(v)), 'Liên kết là một trang của báo (bắt đầu bằng /) hoặc một địa chỉ https://');

export const breakingNewsSchema = z.object({
  text: z.string().trim().min(5, 'Dòng tin cần ít nhất 5 ký tự').max(160, 'Dòng tin tối đa 160 ký tự'),
  href,
  // Sent as an instant: the form turns the desk's local time into one, as the schedule does.
  endsAt: z.coerce.date({ error: 'Chọn thời điểm tắt' }),
});

export const endBreakingSchema = z.object({ id: z.string().min(1).max(64) });
