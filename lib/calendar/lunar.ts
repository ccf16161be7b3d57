// The Vietnamese lunisolar calendar (âm lịch), computed: months begin on the day of the
// new moon in Vietnam's time (UTC+7), month 11 is the one holding the winter solstice,
// and in a year of 13 months the first month without a major solar term is the leap one.
// Written here because the calendar libraries on npm either count in China's time
// (UTC+8, which moves Tết in some years: 1985, 2007) or are small unmaintained ports.
// Astronomy: the mean new moon with its main periodic corrections and the sun's apparent
// longitude, after Meeus, "Astronomical Algorithms" (ch. 25 and 49, abridged), accurate
// to minutes over 1900–2100, which is what a day boundary needs.

const VIETNAM_HOURS = 7;
const SYNODIC_MONTH = 29.530588853;
// The Julian day of the new moon of 1900-01-01 (the reference of the lunation count).
const EPOCH_NEW_MOON = 2415021.076998695;
const RAD = Math.PI / 180;

/** Julian day number of a Gregorian date (noon-based, integer). */
export function julianDay(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** The Gregorian date of a Julian day number. */
export function fromJulianDay(jd: number): { year: number; month: number; day: number } {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** The moment (Julian date, UT) of the k-th new moon after the one of 1900-01-01. */
function newMoonMoment(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  // Anomalies of the sun (m) and the moon (mm), the moon's argument of latitude (f), in degrees.
  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
  const mm = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(m) +
    0.0021 * Math.sin(2 * m) -
    0.4068 * Math.sin(mm) +
    0.0161 * Math.sin(2 * mm) -
    0.0004 * Math.sin(3 * mm) +
    0.0104 * Math.sin(2 * f) -
    0.0051 * Math.sin(m + mm) -
    0.0074 * Math.sin(m - mm) +
    0.0004 * Math.sin(2 * f + m) -
    0.0004 * Math.sin(2 * f - m) -
    0.0006 * Math.sin(2 * f + mm) +
    0.001 * Math.sin(2 * f - mm) +
    0.0005 * Math.sin(2 * mm + m);
  // ΔT (terrestrial minus universal time), in days.
  const deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3 : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - deltaT;
}

/** The day (Julian day number, Vietnam's time) of the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonMoment(k) + 0.5 + VIETNAM_HOURS / 24);
}

/** Which twelfth of the ecliptic the sun is in at the start of the day (0 = from the vernal equinox). */
function sunSector(jd: number): number {
  const t = (jd - 2451545.5 - VIETNAM_HOURS / 24) / 36525;
  const t2 = t * t;
  const m = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const centre = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.00029 * Math.sin(3 * m);
  let longitude = (l0 + centre) * RAD;
  longitude -= 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
  return Math.floor((longitude / Math.PI) * 6);
}

/** The first day of the lunar month 11 (the month of the winter solstice) of a Gregorian year. */
function month11Start(year: number): number {
  const k = Math.floor((julianDay(year, 12, 31) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  // Past the solstice's sector (270°): the month holding the solstice began one new moon earlier.
  return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** In a 13-month year from `a11`, how many months after month 11 the leap month comes. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = sunSector(newMoonDay(k + i));
  let previous: number;
  // The leap month is the first with no change of sector (no major solar term) in it.
  do {
    previous = sector;
    i += 1;
    sector = sunSector(newMoonDay(k + i));
  } while (sector !== previous && i < 14);
  return i - 1;
}

export type LunarDate = { day: number; month: number; year: number; leap: boolean };

/** The lunar date of a Gregorian date. */
export function toLunar(year: number, month: number, day: number): LunarDate {
  const jd = julianDay(year, month, day);
  const k = Math.floor((jd - EPOCH_NEW_MOON) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > jd) monthStart = newMoonDay(k);
  let a11 = month11Start(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = month11Start(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = month11Start(year + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let lunarMonth = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: jd - monthStart + 1, month: lunarMonth, year: lunarYear, leap };
}

/**
 * The Gregorian date (as a Julian day number) of a lunar date; `leap` picks the leap month
 * of that number where the year has one (null when it has none).
 */
export function lunarToJulianDay(day: number, month: number, lunarYear: number, leap = false): number | null {
  const [a11, b11] = month < 11 ? [month11Start(lunarYear - 1), month11Start(lunarYear)] : [month11Start(lunarYear), month11Start(lunarYear + 1)];
  const k = Math.floor(0.5 + (a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    return null;
  }
  return newMoonDay(k + offset) + day - 1;
}

/** The Gregorian date ("YYYY-MM-DD") of a lunar date of the given lunar year. */
export function lunarToIso(day: number, month: number, lunarYear: number, leap = false): string | null {
  const jd = lunarToJulianDay(day, month, lunarYear, leap);
  return jd === null ? null : julianDayToIso(jd);
}

export function julianDayToIso(jd: number): string {
  const { year, month, day } = fromJulianDay(jd);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isoToJulianDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return julianDay(y, m, d);
}
