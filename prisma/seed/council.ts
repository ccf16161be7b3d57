// The council's vote and the public's comment period: the rules of procedure (as data, with
// their sources and how sure we are of them), the days the Government announced, the
// province's council with seven members, and an accepted dossier of five candidates for the
// national title, which the browser walk takes through the vote, the comments and the decision.
//
// Sources read for the figures (third-party copies, so each rule stays TO_CONFIRM until an
// administrator checks it against the text in force):
// - Comment period: the Bộ Nội vụ's notices of 2024–2025 calling for the public's comments
//   "trong 10 ngày làm việc", citing khoản 1 Điều 46 Nghị định 98/2023/NĐ-CP and, from
//   7/2025, khoản 3 Điều 60 Nghị định 152/2025/NĐ-CP (notices about "Anh hùng Lao động").
//   Which honours the duty covers was not read: seeded for the national titles and orders
//   of this catalogue, to be confirmed.
// - Council threshold: "từ 90% trở lên tính trên tổng số thành viên của Hội đồng (nếu thành
//   viên Hội đồng vắng mặt thì lấy ý kiến bằng văn bản)" is khoản 8 Điều 45 Nghị định
//   91/2017/NĐ-CP, as the Ban Thi đua – Khen thưởng Trung ương quoted it (2017). That decree
//   is repealed; the figure of the decree in force could not be read, so the rule carries
//   the last confirmed figure, marked "chờ xác nhận" wherever it shows.
// - Quorum: the council's own rules of procedure (quy chế hoạt động) set it; 2/3 is the
//   common figure of such rules, not a legal number — shown as to be confirmed.
import type { DossierAction, RuleConfirmation } from '@/lib/generated/prisma/enums';
import type { Organisation } from './organisation';

const DECREE = 'Nghị định số 152/2025/NĐ-CP';
const DECREE_IN_FORCE = new Date('2025-07-01T00:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(`${iso}+07:00`);

export const procedureRules = [
  ...['CSTD-T', 'CSTD-TQ'].map((code) => ({
    id: `prule-council-${code.toLowerCase()}-v1`,
    ruleKey: `council-vote-${code.toLowerCase()}`,
    version: 1,
    typeCode: code,
    kind: 'COUNCIL_VOTE' as const,
    shareNumerator: 90,
    shareDenominator: 100,
    base: 'ALL_MEMBERS' as const,
    writtenVotes: true,
    workingDays: null,
    statement: 'Hội đồng Thi đua – Khen thưởng bỏ phiếu kín; được đề nghị khi có từ 90% số phiếu đồng ý trở lên tính trên tổng số thành viên Hội đồng (thành viên vắng mặt gửi phiếu bằng văn bản).',
    legalSource: DECREE,
    article: null,
    effectiveFrom: DECREE_IN_FORCE,
    confirmation: 'TO_CONFIRM' as RuleConfirmation,
    note: 'Mức 90% tổng số thành viên là quy định tại khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP (đã hết hiệu lực), theo trả lời của Ban Thi đua – Khen thưởng Trung ương; mức và điều khoản trong Nghị định 152/2025/NĐ-CP chưa đối chiếu được — quản trị viên cần xác nhận.',
  })),
  ...['CSTD-TQ', 'HCLD3'].map((code) => ({
    id: `prule-comment-${code.toLowerCase()}-v1`,
    ruleKey: `public-comment-${code.toLowerCase()}`,
    version: 1,
    typeCode: code,
    kind: 'PUBLIC_COMMENT' as const,
    shareNumerator: null,
    shareDenominator: null,
    base: null,
    writtenVotes: false,
    workingDays: 10,
    statement: 'Lấy ý kiến nhân dân trên phương tiện thông tin đại chúng trong 10 ngày làm việc trước khi quyết định.',
    legalSource: DECREE,
    article: 'khoản 3 Điều 60',
    effectiveFrom: DECREE_IN_FORCE,
    confirmation: 'TO_CONFIRM' as RuleConfirmation,
    note: '10 ngày làm việc và điều khoản theo thông báo lấy ý kiến của Bộ Nội vụ (2025) trích khoản 3 Điều 60 Nghị định 152/2025/NĐ-CP (trước đó khoản 1 Điều 46 Nghị định 98/2023/NĐ-CP); phạm vi các hình thức phải lấy ý kiến chưa đối chiếu với văn bản gốc.',
  })),
];

// Days the Government's announcements set apart from what lib/calendar computes.
export const calendarDays = [
  // Tết Ất Tỵ 2025: off from Saturday 25/1 to Sunday 2/2 — Monday 27/1 (28 tháng Chạp) was one
  // of the five days, so Monday 3/2 was worked, not given in lieu of Saturday 1/2.
  { date: day('2025-01-27'), dayOff: true, label: 'Nghỉ Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', source: 'Thông báo lịch nghỉ Tết Âm lịch 2025 của Bộ Lao động – Thương binh và Xã hội', confirmation: 'TO_CONFIRM' as RuleConfirmation },
  { date: day('2025-02-03'), dayOff: false, label: 'Làm việc (Tết 2025 nghỉ từ 28 tháng Chạp, không nghỉ bù)', source: 'Thông báo lịch nghỉ Tết Âm lịch 2025 của Bộ Lao động – Thương binh và Xã hội', confirmation: 'TO_CONFIRM' as RuleConfirmation },
  // 30/4–1/5/2025: Friday 2/5 swapped with Saturday 26/4.
  { date: day('2025-05-02'), dayOff: true, label: 'Nghỉ hoán đổi dịp 30/4 – 1/5', source: 'Thông báo hoán đổi ngày làm việc dịp 30/4 – 1/5/2025', confirmation: 'TO_CONFIRM' as RuleConfirmation },
  { date: day('2025-04-26'), dayOff: false, label: 'Làm bù cho ngày 2/5', source: 'Thông báo hoán đổi ngày làm việc dịp 30/4 – 1/5/2025', confirmation: 'TO_CONFIRM' as RuleConfirmation },
];

export const councilMembers: { name: string; position: string; role: 'CHAIR' | 'VICE_CHAIR' | 'STANDING' | 'MEMBER' }[] = [
  { name: 'Lê Văn Thành', position: 'Chủ tịch UBND tỉnh', role: 'CHAIR' },
  { name: 'Nguyễn Thị Hồng Hạnh', position: 'Giám đốc Sở Nội vụ', role: 'VICE_CHAIR' },
  { name: 'Trần Đức Long', position: 'Chủ tịch Liên đoàn Lao động tỉnh', role: 'VICE_CHAIR' },
  { name: 'Phạm Quốc Việt', position: 'Phó Giám đốc Sở Nội vụ, Trưởng ban Thi đua – Khen thưởng', role: 'STANDING' },
  { name: 'Đỗ Thị Lan Anh', position: 'Chánh Văn phòng UBND tỉnh', role: 'MEMBER' },
  { name: 'Bùi Minh Khoa', position: 'Giám đốc Sở Tài chính', role: 'MEMBER' },
  { name: 'Vương Thị Ngọc', position: 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh', role: 'MEMBER' },
];

/** Five people of five units, proposed for the national title through the provincial council (in agenda order). */
export function councilCandidates(org: Organisation) {
  return ['unit-sgd', 'unit-syt-bvdk', 'unit-dl', 'unit-snv', 'unit-stc'].map((unitId) => org.individuals.filter((p) => p.unitId === unitId).sort((a, b) => a.id.localeCompare(b.id))[0]!);
}

export function buildCouncil(org: Organisation) {
  const council = {
    id: 'council-tinh',
    name: 'Hội đồng Thi đua – Khen thưởng tỉnh',
    authority: 'Chủ tịch UBND tỉnh',
    quorumNumerator: 2,
    quorumDenominator: 3,
    quorumSource: 'Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng tỉnh',
    quorumConfirmation: 'TO_CONFIRM' as RuleConfirmation,
  };
  const memberRows: { id: string; councilId: string; name: string; position: string; role: (typeof councilMembers)[number]['role']; termFrom: Date; termTo: Date | null }[] = [
    ...councilMembers.map((m, i) => ({ id: `council-member-${i + 1}`, councilId: council.id, ...m, termFrom: day('2026-01-01'), termTo: null })),
    // A former member, out of term: not counted in the sessions of 2026.
    { id: 'council-member-0', councilId: council.id, name: 'Hà Văn Sơn', position: 'Nguyên Giám đốc Sở Nội vụ', role: 'VICE_CHAIR', termFrom: day('2021-01-01'), termTo: day('2025-12-31') },
  ];

  const pick = councilCandidates(org);
  const dossierId = 'dossier-7';
  const dossier = { id: dossierId, code: 'HS-2026-0007', title: 'Đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc năm 2026', unitId: 'unit-snv', typeCode: 'CSTD-TQ', year: 2026, status: 'ACCEPTED' as const, holderUnitId: null, deadline: day('2026-12-31'), submittedAt: at('2026-11-02T09:00:00') };
  const rows = pick.map((p, position) => ({
    id: `${dossierId}-row-${position}`,
    dossierId,
    position,
    kind: 'INDIVIDUAL' as const,
    individualId: p.id,
    typeCode: 'CSTD-TQ',
    achievement: 'Sáu năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở, hai lần Chiến sĩ thi đua cấp tỉnh; sáng kiến được công nhận và áp dụng toàn tỉnh.',
  }));
  const steps: { id: string; dossierId: string; action: DossierAction; fromLevel: string | null; toLevel: string | null; note: string | null; actorId: string; actorName: string; createdAt: Date }[] = [
    { id: `${dossierId}-step-0`, dossierId, action: 'CREATE', fromLevel: null, toLevel: org.units.find((u) => u.id === 'unit-snv')!.name, note: null, actorId: 'user-registrar', actorName: 'Phạm Minh Châu', createdAt: at('2026-11-01T08:00:00') },
    { id: `${dossierId}-step-1`, dossierId, action: 'ACCEPT', fromLevel: null, toLevel: null, note: 'Hồ sơ đủ thành phần; trình Hội đồng Thi đua – Khen thưởng tỉnh xét.', actorId: 'user-registrar', actorName: 'Phạm Minh Châu', createdAt: at('2026-11-05T10:00:00') },
  ];
  return { council, councilMembers: memberRows, dossier, rows, steps };
}
