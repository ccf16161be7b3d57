// Streaks ("5 năm liền") are computed from the records, never typed: a run of consecutive
// years in which a recipient holds the same commendation from an in-force decision.

export interface StreakAward {
  typeSlug: string;
  typeName: string;
  year: number;
  revoked: boolean;
}

export interface Streak {
  typeSlug: string;
  typeName: string;
  length: number;
  fromYear: number;
  toYear: number;
}

/**
 * Every run of two or more consecutive years per commendation type, longest first
 * (then most recent). Revoked awards break a run; two awards of one type in one year
 * count once.
 */
export function computeStreaks(awards: readonly StreakAward[]): Streak[] {
  const yearsByType = new Map<string, { name: string; years: Set<number> }>();
  for (const award of awards) {
    if (award.revoked) continue;
    const entry = yearsByType.get(award.typeSlug) ?? { name: award.typeName, years: new Set<number>() };
    entry.years.add(award.year);
    yearsByType.set(award.typeSlug, entry);
  }
  const streaks: Streak[] = [];
  for (const [typeSlug, { name, years }] of yearsByType) {
    const sorted = [...years].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1]! + 1) continue;
      const length = i - start;
      if (length >= 2) streaks.push({ typeSlug, typeName: name, length, fromYear: sorted[start]!, toYear: sorted[i - 1]! });
      start = i;
    }
  }
  return streaks.sort((a, b) => b.length - a.length || b.toYear - a.toYear || a.typeName.localeCompare(b.typeName, 'vi'));
}

/** The run a new award of `typeSlug` in `year` would extend ("this one makes 5"). */
export function streakIfAwarded(awards: readonly StreakAward[], typeSlug: string, year: number): number {
  const years = new Set(awards.filter((a) => !a.revoked && a.typeSlug === typeSlug).map((a) => a.year));
  let length = 1;
  while (years.has(year - length)) length++;
  return length;
}

/** "5 năm liền (2020–2024)" */
export function formatStreak(streak: Pick<Streak, 'length' | 'fromYear' | 'toYear'>): string {
  return `${streak.length} năm liền (${streak.fromYear}–${streak.toYear})`;
}

/**
 * How a reorganisation bears on "n năm liền" (README, "Units through time"). A streak is a
 * recipient's own run of years: a renamed unit is the same unit and keeps its run; a
 * collective or a person that moves to the successor with a merger is the same recipient and
 * keeps theirs; a merged unit's run ends with it, and the unit it joined counts only its own
 * awards — it does not add the predecessors' years to its run. Not yet checked against the
 * guidance text in force, hence "to be confirmed" wherever it is shown.
 */
export const REORGANISATION_STREAK_RULE = {
  statement:
    'Số năm liền tính trên khen thưởng của chính tập thể, cá nhân: đơn vị đổi tên giữ nguyên; tập thể, cá nhân chuyển sang đơn vị mới khi sáp nhập giữ nguyên; đơn vị nhận sáp nhập chỉ tính khen thưởng của chính mình, không cộng số năm của đơn vị tiền thân.',
  legalSource: 'Thông tư số 15/2025/TT-BNV hướng dẫn Luật Thi đua, khen thưởng và Nghị định số 152/2025/NĐ-CP',
  article: null,
  confirmation: 'TO_CONFIRM',
  note: 'Chưa đối chiếu được điều, khoản quy định thời gian tính thành tích của cơ quan, đơn vị sau sắp xếp.',
} as const;
