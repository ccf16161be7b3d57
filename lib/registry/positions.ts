// Whether a recorded position is one of leadership or management, read from its words (the
// registry keeps positions as the decisions print them, not as a code). The 2022 law asks
// that people in direct work (công nhân, nông dân, người lao động trực tiếp) be weighed, so
// the data story sets them beside leaders. A heuristic, stated as such where it is shown.
// Matched on the accented words ("trưởng" is a head, "trường" a school).
const LEADER = /(?:^|[\s,(–-])(?:giám đốc|trưởng|phó|chủ tịch|bí thư|hiệu trưởng|hiệu phó|chánh|tổng biên tập|thủ trưởng|chỉ huy|quản lý|ủy viên ban thường vụ|thường trực)(?=$|[\s,)–-])/u;

export type PositionGroup = 'LEADER' | 'DIRECT' | 'UNKNOWN';

export function positionGroup(position: string | null | undefined): PositionGroup {
  if (!position || !position.trim()) return 'UNKNOWN';
  return LEADER.test(position.normalize('NFC').toLocaleLowerCase('vi-VN')) ? 'LEADER' : 'DIRECT';
}

export const positionGroupLabels: Record<PositionGroup, string> = {
  LEADER: 'Lãnh đạo, quản lý',
  DIRECT: 'Trực tiếp lao động, công tác',
  UNKNOWN: 'Không ghi chức vụ',
};
