// Vietnam's public holidays (ngày nghỉ lễ, tết), computed for any year from the Labour
// Code 2019 (Bộ luật Lao động số 45/2019/QH14, Điều 112), including the lunar ones, with
// the days in lieu for those falling on a weekend. What the Government announces each year
// (which five days of Tết, the day beside 2/9, swapped days and the Saturdays worked in
// exchange) is data: the calendar days in working-days.ts override what is computed here.
import { isoToJulianDay, julianDayToIso, lunarToJulianDay } from './lunar';

export const HOLIDAY_BASIS = 'Bộ luật Lao động số 45/2019/QH14, Điều 112';

export type Holiday = {
  date: string; // YYYY-MM-DD
  name: string;
  // Computed from a rule that leaves the choice to the Prime Minister's yearly announcement
  // (Tết's five days, the day beside Quốc khánh): shown as such until an announced calendar
  // day confirms or replaces it.
  estimated: boolean;
  // A day in lieu of a holiday that fell on a weekend.
  inLieuOf?: string;
};

function iso(year: number, month: number, day: number) {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday, of an ISO date. */
export function weekday(date: string): number {
  // A Julian day number + 1 modulo 7 is the weekday with Sunday = 0.
  return (isoToJulianDay(date) + 1) % 7;
}

export function isWeekend(date: string): boolean {
  const d = weekday(date);
  return d === 0 || d === 6;
}

export function addDays(date: string, days: number): string {
  return julianDayToIso(isoToJulianDay(date) + days);
}

/** The day beside 2 September, by the pattern of the announced years, until announced. */
function besideNationalDay(year: number): string {
  // Monday and Thursday: the day after joins the weekend or makes a four-day break; any other
  // day, 1 September (the pattern of the years announced so far; an announced day replaces it).
  const d = weekday(iso(year, 9, 2));
  return d === 1 || d === 4 ? iso(year, 9, 3) : iso(year, 9, 1);
}

/** The public holidays of a Gregorian year, with the days in lieu, in date order. */
export function publicHolidays(year: number): Holiday[] {
  const days: Holiday[] = [
    { date: iso(year, 1, 1), name: 'Tết Dương lịch', estimated: false },
    { date: iso(year, 4, 30), name: 'Ngày Chiến thắng (30/4)', estimated: false },
    { date: iso(year, 5, 1), name: 'Ngày Quốc tế Lao động (1/5)', estimated: false },
    { date: iso(year, 9, 2), name: 'Quốc khánh (2/9)', estimated: false },
    { date: besideNationalDay(year), name: 'Quốc khánh (ngày liền kề)', estimated: true },
  ];
  // Tết Âm lịch: five days; by custom the last day of the old year and the first four of the
  // new one, which is what the announcements of recent years give.
  const newYear = lunarToJulianDay(1, 1, year);
  if (newYear !== null) {
    for (let i = -1; i <= 3; i += 1) {
      days.push({ date: julianDayToIso(newYear + i), name: i < 0 ? 'Tết Nguyên đán (ngày cuối năm âm lịch)' : `Tết Nguyên đán (mùng ${i + 1})`, estimated: true });
    }
  }
  const hungKings = lunarToJulianDay(10, 3, year);
  if (hungKings !== null) days.push({ date: julianDayToIso(hungKings), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', estimated: false });
  days.sort((a, b) => a.date.localeCompare(b.date));

  // A holiday on a Saturday or Sunday gives the next working day (Điều 112, khoản 3).
  const taken = new Set(days.map((d) => d.date));
  const inLieu: Holiday[] = [];
  for (const holiday of days) {
    if (!isWeekend(holiday.date)) continue;
    let next = addDays(holiday.date, 1);
    while (isWeekend(next) || taken.has(next)) next = addDays(next, 1);
    taken.add(next);
    inLieu.push({ date: next, name: `Nghỉ bù ${holiday.name}`, estimated: holiday.estimated, inLieuOf: holiday.date });
  }
  return [...days, ...inLieu].sort((a, b) => a.date.localeCompare(b.date));
}
