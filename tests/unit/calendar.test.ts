import { describe, expect, it } from 'vitest';
import { publicHolidays, weekday } from '@/lib/calendar/holidays';
import { lunarToIso, toLunar } from '@/lib/calendar/lunar';
import { WorkingCalendar } from '@/lib/calendar/working-days';

// Mùng 1 Tết as Vietnam's calendars print it. 1985 and 2007 are the years Vietnam's Tết
// (new moon counted in UTC+7) is not China's (UTC+8): 21/1/1985 against 20/2, 17/2/2007
// against 18/2.
const TET: Record<number, string> = {
  1985: '1985-01-21',
  2000: '2000-02-05',
  2004: '2004-01-22',
  2007: '2007-02-17',
  2010: '2010-02-14',
  2015: '2015-02-19',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
};

describe('the lunar calendar', () => {
  it.each(Object.entries(TET))('puts Tết %s on %s', (year, date) => {
    expect(lunarToIso(1, 1, Number(year))).toBe(date);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    expect(toLunar(y, m, d)).toEqual({ day: 1, month: 1, year: Number(year), leap: false });
  });

  it('puts Giỗ Tổ (10/3) on the dates of the years it was observed, across leap months', () => {
    // 2023 had a leap 2nd month, 2025 a leap 6th, 2020 a leap 4th.
    expect(lunarToIso(10, 3, 2023)).toBe('2023-04-29');
    expect(lunarToIso(10, 3, 2024)).toBe('2024-04-18');
    expect(lunarToIso(10, 3, 2025)).toBe('2025-04-07');
    expect(lunarToIso(10, 3, 2026)).toBe('2026-04-26');
    expect(toLunar(2023, 3, 22)).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(toLunar(2025, 7, 25)).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(toLunar(2020, 5, 23)).toEqual({ day: 1, month: 4, year: 2020, leap: true });
    expect(lunarToIso(1, 6, 2025, true)).toBe('2025-07-25');
    // No leap 3rd month in 2025.
    expect(lunarToIso(1, 3, 2025, true)).toBeNull();
  });

  it('gives every day of 2000–2040 one lunar date, in order, with months of 29 or 30 days', () => {
    let previous = toLunar(1999, 12, 31);
    // Unknown until the first month that starts inside the range.
    let monthLength: number | null = null;
    for (let date = new Date(Date.UTC(2000, 0, 1)); date.getUTCFullYear() <= 2040; date = new Date(date.getTime() + 86_400_000)) {
      const lunar = toLunar(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
      if (lunar.day === 1) {
        if (monthLength !== null) expect([29, 30]).toContain(monthLength);
        monthLength = 1;
      } else {
        expect(lunar.day).toBe(previous.day + 1);
        if (monthLength !== null) monthLength += 1;
      }
      previous = lunar;
    }
  });
});

describe('public holidays', () => {
  const dates = (year: number) => publicHolidays(year).map((h) => h.date);

  it('computes Tết 2026 as announced: Monday 16 to Friday 20 February (with the weekends, 14–22)', () => {
    const tet = publicHolidays(2026).filter((h) => h.name.startsWith('Tết Nguyên đán'));
    expect(tet.map((h) => h.date)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
  });

  it('gives a day in lieu for each holiday on a weekend, on the next working day not already a holiday', () => {
    // 2023: Giỗ Tổ on Saturday 29/4, 30/4 on Sunday, 1/5 Monday → off 29/4 to 3/5.
    expect(dates(2023)).toEqual(expect.arrayContaining(['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03']));
    // 2027: Tết's mùng 1 and 2 fall on Saturday and Sunday → Wednesday 10 and Thursday 11.
    expect(publicHolidays(2027).filter((h) => h.inLieuOf).map((h) => [h.date, h.inLieuOf])).toEqual([
      ['2027-02-10', '2027-02-06'],
      ['2027-02-11', '2027-02-07'],
      ['2027-05-03', '2027-05-01'],
    ]);
  });

  it('marks the days the Prime Minister chooses each year as estimated', () => {
    const estimated = publicHolidays(2028).filter((h) => h.estimated).map((h) => h.name);
    expect(estimated.every((n) => n.startsWith('Tết Nguyên đán') || n.startsWith('Quốc khánh') || n.startsWith('Nghỉ bù Tết'))).toBe(true);
    expect(publicHolidays(2028).find((h) => h.date === '2028-01-01')?.estimated).toBe(false);
  });

  it('counts Sunday as 0 and Saturday as 6', () => {
    expect(weekday('2026-12-01')).toBe(2);
    expect(weekday('2027-01-03')).toBe(0);
    expect(weekday('2027-01-02')).toBe(6);
  });
});

describe('working days', () => {
  it('counts ten working days over New Year: from Thursday 24/12/2026 to Thursday 7/1/2027', () => {
    const { end, holidaysPassed } = new WorkingCalendar().nthWorkingDay('2026-12-24', 10);
    expect(end).toBe('2027-01-07');
    expect(holidaysPassed.map((d) => d.date)).toEqual(['2027-01-01']);
  });

  it('counts over Tết 2027 with its days in lieu', () => {
    // Thursday 4/2: 4, [5–11 off], 12, 15, 16, 17, 18, 19, 22, 23, 24.
    expect(new WorkingCalendar().nthWorkingDay('2027-02-04', 10).end).toBe('2027-02-24');
  });

  it('starts on the next working day when the first day is off', () => {
    expect(new WorkingCalendar().nthWorkingDay('2026-12-05', 1).end).toBe('2026-12-07');
  });

  it('follows announced days: a swapped day off and the Saturday worked for it', () => {
    // 2025: Friday 2/5 off, Saturday 26/4 worked in exchange.
    const calendar = new WorkingCalendar([
      { date: '2025-05-02', dayOff: true, label: 'Nghỉ hoán đổi', toConfirm: false },
      { date: '2025-04-26', dayOff: false, label: 'Làm bù cho 2/5', toConfirm: false },
    ]);
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2025-05-02')).toBe(false);
    // Third working day from Friday 25/4: 25, 26 (worked), 28 — without the announcement 25, 28, 29.
    expect(calendar.nthWorkingDay('2025-04-25', 3).end).toBe('2025-04-28');
    expect(new WorkingCalendar().nthWorkingDay('2025-04-25', 3).end).toBe('2025-04-29');
    // From 29/4: 29, [30/4, 1/5, 2/5 off], 5 — without it, 2/5 is the second.
    expect(calendar.nthWorkingDay('2025-04-29', 2).end).toBe('2025-05-05');
    expect(new WorkingCalendar().nthWorkingDay('2025-04-29', 2).end).toBe('2025-05-02');
    expect(calendar.countWorkingDays('2025-04-24', '2025-04-28')).toBe(4);
  });

  it('refuses a count that is not a positive whole number', () => {
    expect(() => new WorkingCalendar().nthWorkingDay('2026-12-01', 0)).toThrow(RangeError);
    expect(() => new WorkingCalendar().nthWorkingDay('2026-12-01', 1.5)).toThrow(RangeError);
  });
});
