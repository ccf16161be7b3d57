// The criteria of the main titles as eligibility rules (lib/registry/schemas/eligibility.ts),
// and the demo's recognised initiatives.
//
// Sources. The criteria's content follows the Law on Emulation and Commendation
// (06/2022/QH15, in force from 1/1/2024) and its implementing decree (152/2025/NĐ-CP, in
// force from 1/7/2025, replacing 98/2023/NĐ-CP), as summarised in DOMAIN.md and in
// secondary sources (lawnet.vn on the national title; provincial TĐKT portals quoting
// the earlier law). None of the article numbers, nor the 15 % quota (seen in the earlier
// Decree 91/2017/NĐ-CP), could be checked here against the texts in force, so every rule is
// seeded TO_CONFIRM: the product shows it as "chưa xác nhận" until an administrator checks
// it against the text and records the article in a new version.
import type { AwardLevel, RuleConfirmation } from '@/lib/generated/prisma/enums';
import type { Condition } from '@/lib/registry/schemas/eligibility';

const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
const DECREE = 'Nghị định số 152/2025/NĐ-CP';
const LAW_IN_FORCE = new Date('2024-01-01T00:00:00Z');
const DECREE_IN_FORCE = new Date('2025-07-01T00:00:00Z');
const UNCONFIRMED = 'Nội dung theo tài liệu thứ cấp; số điều, khoản chưa đối chiếu với văn bản gốc — quản trị viên cần xác nhận.';

export interface RuleSeed {
  id: string;
  ruleKey: string;
  version: number;
  typeCode: string;
  statement: string;
  condition: Condition;
  legalSource: string;
  article: string | null;
  effectiveFrom: Date;
  confirmation: RuleConfirmation;
  note: string;
}

const rule = (ruleKey: string, typeCode: string, statement: string, condition: Condition, legalSource: string, effectiveFrom: Date, note = UNCONFIRMED): RuleSeed => ({
  id: `rule-${ruleKey}-v1`,
  ruleKey,
  version: 1,
  typeCode,
  statement,
  condition,
  legalSource,
  article: null,
  effectiveFrom,
  confirmation: 'TO_CONFIRM',
  note,
});

export const eligibilityRules: RuleSeed[] = [
  rule(
    'ldtt-tieu-chuan',
    'LDTT',
    'Hoàn thành tốt nhiệm vụ trở lên; chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước; tích cực tham gia phong trào thi đua.',
    { kind: 'assessment', text: 'hoàn thành tốt nhiệm vụ trở lên, chấp hành tốt chủ trương, chính sách, pháp luật (theo biên bản họp Hội đồng thi đua – khen thưởng của đơn vị).' },
    LAW,
    LAW_IN_FORCE,
  ),
  rule(
    'cstdcs-tieu-chuan',
    'CSTD-CS',
    'Đạt danh hiệu "Lao động tiên tiến" trong năm và có sáng kiến được cơ sở công nhận (hoặc đề tài khoa học đã nghiệm thu, được áp dụng).',
    { kind: 'all', of: [{ kind: 'title', code: 'LDTT', years: 1 }, { kind: 'initiative', minLevel: 'GRASSROOTS', withinYears: 1 }] },
    LAW,
    LAW_IN_FORCE,
  ),
  rule(
    'cstdcs-ty-le',
    'CSTD-CS',
    'Số cá nhân được đề nghị danh hiệu "Chiến sĩ thi đua cơ sở" không quá 15% số cá nhân đạt "Lao động tiên tiến" của đơn vị.',
    { kind: 'quota', ofCode: 'LDTT', share: 0.15 },
    DECREE,
    DECREE_IN_FORCE,
    'Tỷ lệ 15% thấy trong Nghị định số 91/2017/NĐ-CP (đã hết hiệu lực); chưa xác nhận Nghị định số 152/2025/NĐ-CP còn quy định tỷ lệ này — quản trị viên cần xác nhận hoặc rút quy tắc.',
  ),
  rule(
    'cstdt-tieu-chuan',
    'CSTD-T',
    'Có 3 lần liên tục đạt danh hiệu "Chiến sĩ thi đua cơ sở" và có sáng kiến có hiệu quả, ảnh hưởng trong phạm vi tỉnh.',
    { kind: 'all', of: [{ kind: 'title', code: 'CSTD-CS', years: 3 }, { kind: 'initiative', minLevel: 'PROVINCIAL', withinYears: 3 }] },
    LAW,
    LAW_IN_FORCE,
  ),
  rule(
    'cstdtq-tieu-chuan',
    'CSTD-TQ',
    'Có 2 lần liên tục được tặng danh hiệu "Chiến sĩ thi đua" cấp bộ, ban, ngành, tỉnh và có sáng kiến được áp dụng hiệu quả, có khả năng nhân rộng trong toàn quốc.',
    { kind: 'all', of: [{ kind: 'count', code: 'CSTD-T', times: 2, withinYears: 6 }, { kind: 'initiative', minLevel: 'CENTRAL', withinYears: 6 }] },
    LAW,
    LAW_IN_FORCE,
    'Nội dung theo lawnet.vn (tóm tắt Luật 2022); "2 lần liên tục" được tính là 2 lần trong 6 năm gần nhất (mỗi lần xét sau 3 năm) — cần xác nhận số điều và cách tính.',
  ),
  rule(
    'ttldtt-tieu-chuan',
    'TTLDTT',
    'Hoàn thành tốt nhiệm vụ và kế hoạch được giao; có trên 50% cá nhân trong tập thể đạt danh hiệu "Lao động tiên tiến"; không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.',
    {
      kind: 'all',
      of: [
        { kind: 'memberShare', code: 'LDTT', moreThan: 0.5 },
        { kind: 'assessment', text: 'hoàn thành tốt nhiệm vụ và kế hoạch được giao, không có cá nhân bị kỷ luật từ cảnh cáo trở lên.' },
      ],
    },
    LAW,
    LAW_IN_FORCE,
  ),
];

export interface InitiativeSeed {
  id: string;
  individualId: string;
  year: number;
  title: string;
  level: AwardLevel;
  recognizedBy: string;
  reference: string | null;
}

const TOPICS = ['Số hóa hồ sơ một cửa', 'Quy trình tiếp nhận phản ánh qua Zalo', 'Sổ tay nghiệp vụ điện tử', 'Bảng theo dõi tiến độ dùng chung', 'Mẫu báo cáo tự động tổng hợp'];

/**
 * Initiatives behind the demo's titles: each Chiến sĩ thi đua cơ sở of the register has
 * one recognised by its unit that year — except every fifth, so the demo shows a title
 * the records cannot back — and each provincial title one of provincial effect.
 */
export function buildInitiatives(awards: { individualId?: string | null; typeCode: string; year: number }[]): InitiativeSeed[] {
  const out: InitiativeSeed[] = [];
  let n = 0;
  for (const a of awards) {
    if (!a.individualId || (a.typeCode !== 'CSTD-CS' && a.typeCode !== 'CSTD-T')) continue;
    n++;
    if (a.typeCode === 'CSTD-CS' && n % 5 === 0) continue;
    const provincial = a.typeCode === 'CSTD-T';
    out.push({
      id: `init-${a.individualId}-${a.year}-${provincial ? 't' : 'cs'}`,
      individualId: a.individualId,
      year: a.year,
      title: `${TOPICS[n % TOPICS.length]} (${a.year})`,
      level: provincial ? 'PROVINCIAL' : 'GRASSROOTS',
      recognizedBy: provincial ? 'Hội đồng Sáng kiến tỉnh' : 'Hội đồng Sáng kiến cơ sở',
      reference: `Quyết định số ${100 + n}/QĐ-HĐSK ngày 15/12/${a.year}`,
    });
  }
  return out;
}
