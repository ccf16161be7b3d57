'use server';
// The Government's yearly announcements of days off and days worked (swapped days, the
// Saturday worked in exchange, Tết's chosen days), kept by the authority's staff: each
// change is audited with what the day was before, so it can be put back.
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { withRole } from '@/lib/auth/with-role';
import { ActionError } from '@/lib/db/commit';
import { formatDate } from '@/lib/common/format';
import { tags } from '@/lib/platform/cache-tags';
import { dateOfIso as day } from '@/lib/calendar/working-days';
import { calendarDaySchema, removeCalendarDaySchema } from '@/lib/registry/schemas/council';

const snapshot = (d: { dayOff: boolean; label: string; source: string; confirmation: string } | null) => (d ? { dayOff: d.dayOff, label: d.label, source: d.source, confirmation: d.confirmation } : null);

export const saveCalendarDay = withRole(REGISTRY_ROLES, calendarDaySchema, async (input, _user, tx) => {
  const date = day(input.date);
  const before = await tx.calendarDay.findUnique({ where: { date } });
  const data = { dayOff: input.dayOff === 'off', label: input.label, source: input.source, confirmation: input.confirmation };
  await tx.calendarDay.upsert({ where: { date }, create: { date, ...data }, update: data });
  return {
    message: `Đã ghi ngày ${formatDate(date)}: ${data.dayOff ? 'nghỉ' : 'làm việc'}. Đợt lấy ý kiến mở từ nay tính theo lịch này.`,
    audit: [{ action: 'calendar-day.save', entity: 'calendar_day', entityId: input.date, diff: { before: snapshot(before), after: data } }],
    // Comment periods' countdowns read the calendar.
    tags: [tags.registry],
  };
});

export const removeCalendarDay = withRole(REGISTRY_ROLES, removeCalendarDaySchema, async (input, _user, tx) => {
  const date = day(input.date);
  const before = await tx.calendarDay.findUnique({ where: { date } });
  if (!before) throw new ActionError('Ngày này không có trong danh sách đã công bố.');
  await tx.calendarDay.delete({ where: { date } });
  return {
    message: `Đã bỏ ngày ${formatDate(date)} khỏi danh sách: ngày này tính theo lịch thường.`,
    audit: [{ action: 'calendar-day.remove', entity: 'calendar_day', entityId: input.date, diff: { before: snapshot(before), after: null } }],
    tags: [tags.registry],
  };
});
