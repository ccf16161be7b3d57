// Working days of state offices (Monday to Friday, less public holidays), with the days the
// Government announces each year kept as data (calendar_days): a day off it adds (a
// swapped day), a Saturday worked in exchange, or a computed holiday it moves elsewhere.
import { addDays, isWeekend, publicHolidays, type Holiday } from './holidays';

export type CalendarOverride = {
  date: string; // YYYY-MM-DD
  dayOff: boolean;
  label: string;
  toConfirm: boolean;
};

export type DayInfo = { date: string; working: boolean; reason: string | null; estimated: boolean; toConfirm: boolean };

export class WorkingCalendar {
  private readonly overrides: Map<string, CalendarOverride>;
  private readonly years = new Map<number, Map<string, Holiday>>();

  constructor(overrides: readonly CalendarOverride[] = []) {
    this.overrides = new Map(overrides.map((o) => [o.date, o]));
  }

  private holidaysOf(year: number): Map<string, Holiday> {
    let found = this.years.get(year);
    if (!found) {
      found = new Map(publicHolidays(year).map((h) => [h.date, h]));
      this.years.set(year, found);
    }
    return found;
  }

  day(date: string): DayInfo {
    const override = this.overrides.get(date);
    if (override) return { date, working: !override.dayOff, reason: override.label, estimated: false, toConfirm: override.toConfirm };
    const holiday = this.holidaysOf(Number(date.slice(0, 4))).get(date);
    if (holiday) return { date, working: false, reason: holiday.name, estimated: holiday.estimated, toConfirm: false };
    if (isWeekend(date)) return { date, working: false, reason: null, estimated: false, toConfirm: false };
    return { date, working: true, reason: null, estimated: false, toConfirm: false };
  }

  isWorkingDay(date: string): boolean {
    return this.day(date).working;
  }

  /**
   * The n-th working day counted from `start` (which is the first when it is a working day),
   * with the days off on weekdays it passed over (holidays, swapped days) for the notice.
   */
  nthWorkingDay(start: string, n: number): { end: string; holidaysPassed: DayInfo[] } {
    if (!Number.isInteger(n) || n < 1 || n > 366) throw new RangeError(`working days: ${n}`);
    const holidaysPassed: DayInfo[] = [];
    let date = start;
    let counted = 0;
    for (;;) {
      const info = this.day(date);
      if (info.working) {
        counted += 1;
        if (counted === n) return { end: date, holidaysPassed };
      } else if (info.reason) {
        holidaysPassed.push(info);
      }
      date = addDays(date, 1);
    }
  }

  /** Working days from `start` to `end`, both included (0 when end is before start). */
  countWorkingDays(start: string, end: string): number {
    let count = 0;
    for (let date = start; date <= end; date = addDays(date, 1)) if (this.isWorkingDay(date)) count += 1;
    return count;
  }
}

/** Today's date in Vietnam (UTC+7), "YYYY-MM-DD". */
export function vietnamToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** A calendar date ("YYYY-MM-DD") as the Date a DATE column stores (midnight UTC). */
export function dateOfIso(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
