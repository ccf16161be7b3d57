// The desk's planning calendar: what the page's address says (week or month, the day it
// shows, a section, a person), and the plans as its forms send them.
import { z } from 'zod';
import { optionalText } from '@/lib/common/zod-fields';
import { addDays, weekday } from '@/lib/calendar/holidays';

const id = z.string().min(1).max(64);
const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Chọn một ngày')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'Ngày không hợp lệ')
  .refine((v) => v >= '2000-01-01' && v <= '2100-12-31', 'Ngày nằm ngoài khoảng cho phép');

export const CALENDAR_VIEWS = ['tuan', 'thang'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** The calendar's address (?xem=tuan|thang&ngay=YYYY-MM-DD&chuyen-muc=<id>&nguoi=<id>); anything else falls back. */
export function readCalendarQuery(query: Record<string, string | string[] | undefined>, today: string) {
  const one = (k: string) => (typeof query[k] === 'string' ? (query[k] as string) : undefined);
  const view = CALENDAR_VIEWS.find((v) => v === one('xem')) ?? 'tuan';
  const day = isoDay.safeParse(one('ngay') ?? '');
  const categoryId = id.safeParse(one('chuyen-muc') ?? '');
  const personId = id.safeParse(one('nguoi') ?? '');
  return { view, day: day.success ? day.data : today, categoryId: categoryId.success ? categoryId.data : null, personId: personId.success ? personId.data : null };
}

/** The ISO weekday of a "YYYY-MM-DD" (Monday 1 … Sunday 7). */
const isoWeekday = (day: string) => weekday(day) || 7;

/** The days a view shows: Monday to Sunday of the day's week, or the weeks covering its month. */
export function calendarDays(view: CalendarView, day: string): string[] {
  let from: string;
  let to: string;
  if (view === 'tuan') {
    from = addDays(day, 1 - isoWeekday(day));
    to = addDays(from, 6);
  } else {
    const first = `${day.slice(0, 8)}01`;
    const next = new Date(`${first}T00:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + 1);
    const last = addDays(next.toISOString().slice(0, 10), -1);
    from = addDays(first, 1 - isoWeekday(first));
    to = addDays(last, 7 - isoWeekday(last));
  }
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

/** The same place one step back or forward (a week, or a month). */
export function stepDay(view: CalendarView, day: string, step: -1 | 1): string {
  if (view === 'tuan') return addDays(day, 7 * step);
  const d = new Date(`${day.slice(0, 8)}01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + step);
  return d.toISOString().slice(0, 10);
}

export const createPlanSchema = z.object({
  title: z.string().trim().min(3, 'Tên đề tài cần ít nhất 3 ký tự').max(200, 'Tên đề tài tối đa 200 ký tự'),
  note: optionalText(1000, 'Ghi chú tối đa 1.000 ký tự'),
  plannedFor: isoDay,
  assigneeId: id,
  categoryId: z.preprocess((v) => (v === '' ? null : v), id.nullable()).default(null),
});

export const movePlanSchema = z.object({ id, version: z.coerce.number().int().min(0), plannedFor: isoDay });

export const cancelPlanSchema = z.object({
  id,
  version: z.coerce.number().int().min(0),
  cancelled: z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean()),
});
