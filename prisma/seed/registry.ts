// Campaigns, decisions and awards of the demo registry. The counts reproduce the figures
// of DOMAIN.md's typical story, so a story can cite them and the registry can prove them:
// - 65th-anniversary round: the Đảng bộ Khối's Giấy khen to 24 collectives and 38
//   individuals; the provincial chair's Bằng khen to 5 collectives; grassroots units
//   praised (biểu dương) 17 collectives and 46 individuals;
// - 2020–2025 term: Cờ của Tỉnh ủy to 5 collectives; Bằng khen của Tỉnh ủy to 13
//   collectives and 49 individuals (all 49 for 5 consecutive years); 120 collectives and
//   158 individuals inscribed (ghi danh).
import type { CampaignKind, DecisionCategory, DecisionStatus } from '@/lib/generated/prisma/enums';
import { slugify } from '@/lib/common/slug';
import { ROOT_UNIT_ID, type Organisation } from './organisation';

export interface CampaignSeed {
  id: string;
  slug: string;
  name: string;
  theme?: string;
  kind: CampaignKind;
  launchingUnitId: string;
  startDate: Date;
  endDate?: Date;
  occasion?: string;
  description?: string;
  closedAt?: Date;
}

export interface DecisionSeed {
  id: string;
  slug: string;
  number: string;
  signedAt: Date;
  issuingAuthority: string;
  signerName: string;
  signerTitle: string;
  category: DecisionCategory;
  campaignId?: string;
  summary: string;
  status: DecisionStatus;
  revokedAt?: Date;
  revocationReason?: string;
}

export interface AwardSeed {
  id: string;
  decisionId: string;
  typeCode: string;
  unitId?: string;
  collectiveId?: string;
  individualId?: string;
  year: number;
  achievement?: string;
  streakNote?: string;
  position: number;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const CAMPAIGN_65_ID = 'camp-65-nam';
export const DECISION_IDS = {
  giayKhen65: 'dec-gk-65-nam',
  bangKhenUbnd65: 'dec-bk-ubnd-65-nam',
  coTinhUy: 'dec-co-tu-2020-2025',
  bangKhenTinhUy: 'dec-bk-tu-2020-2025',
  ghiDanh: 'dec-ghi-danh-2020-2025',
  revoked: 'dec-gk-2022-thu-hoi',
} as const;

const DUK = 'Ban Thường vụ Đảng ủy Khối Cơ quan – Doanh nghiệp tỉnh';
const TU = 'Ban Thường vụ Tỉnh ủy';
const UBND = 'Chủ tịch Ủy ban nhân dân tỉnh';

export const campaigns: CampaignSeed[] = [
  {
    id: CAMPAIGN_65_ID,
    slug: 'dot-thi-dua-chao-mung-65-nam-dang-bo-khoi',
    name: 'Đợt thi đua đặc biệt chào mừng 65 năm Ngày thành lập Đảng bộ Khối',
    theme: 'Đoàn kết – Gương mẫu – Đổi mới – Phục vụ',
    kind: 'THEMATIC',
    launchingUnitId: ROOT_UNIT_ID,
    startDate: day('2023-09-01'),
    endDate: day('2024-05-10'),
    occasion: 'Kỷ niệm 65 năm Ngày thành lập Đảng bộ Khối (10/5/1959 – 10/5/2024)',
    description:
      'Đợt thi đua hướng các tổ chức cơ sở đảng vào ba nhóm việc: hoàn thành vượt chỉ tiêu chuyên môn năm 2024, xây dựng tổ chức đảng trong sạch, vững mạnh và có ít nhất một công trình, phần việc chào mừng ngày kỷ niệm.',
    closedAt: day('2024-05-10'),
  },
  {
    id: 'camp-guong-mau-2020-2025',
    slug: 'phong-trao-can-bo-dang-vien-guong-mau-2020-2025',
    name: 'Phong trào "Cán bộ, đảng viên gương mẫu, tận tụy phục vụ Nhân dân" giai đoạn 2020–2025',
    theme: 'Nói đi đôi với làm, làm gương trước, phục vụ tận tụy',
    kind: 'REGULAR',
    launchingUnitId: ROOT_UNIT_ID,
    startDate: day('2020-10-15'),
    endDate: day('2025-06-30'),
    occasion: 'Nghị quyết Đại hội Đảng bộ Khối nhiệm kỳ 2020–2025',
    closedAt: day('2025-06-30'),
  },
  {
    id: 'camp-chuyen-doi-so',
    slug: 'thi-dua-chuyen-doi-so-trong-co-quan-doanh-nghiep-2024-2026',
    name: 'Thi đua "Chuyển đổi số trong cơ quan, doanh nghiệp" 2024–2026',
    theme: 'Mỗi đảng viên một kỹ năng số, mỗi chi bộ một việc làm số',
    kind: 'THEMATIC',
    launchingUnitId: ROOT_UNIT_ID,
    startDate: day('2024-03-01'),
    endDate: day('2026-12-31'),
    occasion: 'Kế hoạch thực hiện Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
  },
  {
    id: 'camp-dan-van-kheo',
    slug: 'phong-trao-dan-van-kheo-2021-2025',
    name: 'Phong trào thi đua "Dân vận khéo" giai đoạn 2021–2025',
    kind: 'REGULAR',
    launchingUnitId: ROOT_UNIT_ID,
    startDate: day('2021-03-01'),
    endDate: day('2025-12-31'),
  },
  {
    id: 'camp-dai-hoi-2025',
    slug: 'thi-dua-chao-mung-dai-hoi-dang-bo-khoi-2025-2030',
    name: 'Đợt thi đua chào mừng Đại hội Đảng bộ Khối nhiệm kỳ 2025–2030',
    theme: 'Lập thành tích chào mừng Đại hội',
    kind: 'THEMATIC',
    launchingUnitId: ROOT_UNIT_ID,
    startDate: day('2025-01-15'),
    endDate: day('2025-07-31'),
    closedAt: day('2025-07-31'),
  },
];

export interface Registry {
  decisions: DecisionSeed[];
  awards: AwardSeed[];
}

export function buildRegistry(org: Organisation): Registry {
  const decisions: DecisionSeed[] = [];
  const awards: AwardSeed[] = [];
  const grassrootsUnits = org.units.filter((u) => u.parentId === ROOT_UNIT_ID);
  const cells = org.units.filter((u) => u.parentId && u.parentId !== ROOT_UNIT_ID);
  const unitsBelowRoot = [...grassrootsUnits, ...cells];

  const decision = (d: Omit<DecisionSeed, 'slug' | 'status'> & { status?: DecisionStatus }) => {
    decisions.push({ status: 'IN_FORCE', slug: slugify(`${d.number} ${d.signedAt.getUTCFullYear()}`), ...d });
    return d.id;
  };
  const give = (
    decisionId: string,
    typeCode: string,
    year: number,
    recipients: { unitId?: string; collectiveId?: string; individualId?: string }[],
    achievement: string,
    streakNote?: string,
  ) => {
    const offset = awards.filter((a) => a.decisionId === decisionId).length;
    recipients.forEach((r, i) => {
      awards.push({ id: `${decisionId}-${String(offset + i + 1).padStart(3, '0')}`, decisionId, typeCode, year, achievement, streakNote, position: offset + i + 1, ...r });
    });
  };
  const cols = (from: number, count: number) => org.collectives.slice(from, from + count).map((c) => ({ collectiveId: c.id }));
  const people = (from: number, count: number) => org.individuals.slice(from, from + count).map((p) => ({ individualId: p.id }));
  const unitsOf = (list: typeof unitsBelowRoot) => list.map((u) => ({ unitId: u.id }));

  // ── 65th anniversary round (May 2024) ──
  decision({
    id: DECISION_IDS.giayKhen65,
    number: '1250-QĐ/ĐUK',
    signedAt: day('2024-05-06'),
    issuingAuthority: DUK,
    signerName: 'Trần Minh Đức',
    signerTitle: 'Bí thư Đảng ủy Khối',
    category: 'CAMPAIGN',
    campaignId: CAMPAIGN_65_ID,
    summary: 'Tặng Giấy khen cho 24 tập thể và 38 cá nhân có thành tích xuất sắc trong đợt thi đua đặc biệt chào mừng 65 năm Ngày thành lập Đảng bộ Khối.',
  });
  give(DECISION_IDS.giayKhen65, 'GK-DUK', 2024, [...unitsOf(grassrootsUnits.slice(1, 9)), ...cols(4, 16)], 'Có thành tích xuất sắc trong đợt thi đua đặc biệt chào mừng 65 năm Ngày thành lập Đảng bộ Khối (1959 – 2024)');
  give(DECISION_IDS.giayKhen65, 'GK-DUK', 2024, people(0, 38), 'Có thành tích xuất sắc trong đợt thi đua đặc biệt chào mừng 65 năm Ngày thành lập Đảng bộ Khối (1959 – 2024)');

  decision({
    id: DECISION_IDS.bangKhenUbnd65,
    number: '1187/QĐ-UBND',
    signedAt: day('2024-05-08'),
    issuingAuthority: UBND,
    signerName: 'Lê Quang Hưng',
    signerTitle: 'Chủ tịch UBND tỉnh',
    category: 'CAMPAIGN',
    campaignId: CAMPAIGN_65_ID,
    summary: 'Tặng Bằng khen cho 5 tập thể thuộc Đảng bộ Khối theo đề nghị của Ban Thường vụ Đảng ủy Khối.',
  });
  give(DECISION_IDS.bangKhenUbnd65, 'BK-UBND', 2024, [...unitsOf([grassrootsUnits[1]!, grassrootsUnits[12]!, grassrootsUnits[15]!]), ...cols(20, 2)], 'Đã có thành tích xuất sắc trong đợt thi đua đặc biệt chào mừng 65 năm Ngày thành lập Đảng bộ Khối, góp phần vào sự nghiệp xây dựng và phát triển tỉnh');

  // Grassroots praise: four committees, 17 collectives and 46 individuals in all.
  const praise: [unitIndex: number, number: string, signer: string, collectiveCount: number, peopleCount: number][] = [
    [1, '86-QĐ/ĐU', 'Phạm Thị Thu Hà', 5, 12],
    [12, '41-QĐ/ĐU', 'Đỗ Văn Thành', 4, 12],
    [15, '57-QĐ/ĐU', 'Vũ Đức Long', 4, 11],
    [3, '33-QĐ/ĐU', 'Ngô Thị Lan', 4, 11],
  ];
  let collectiveCursor = 30;
  let peopleCursor = 40;
  for (const [unitIndex, number, signer, colCount, peopleCount] of praise) {
    const unit = grassrootsUnits[unitIndex]!;
    const id = `dec-bieu-duong-${unit.code.toLowerCase()}-2024`;
    decision({
      id,
      number,
      signedAt: day('2024-04-26'),
      issuingAuthority: `Ban Thường vụ ${unit.name.replace(/^Đảng bộ/, 'Đảng ủy')}`,
      signerName: signer,
      signerTitle: 'Bí thư Đảng ủy',
      category: 'CAMPAIGN',
      campaignId: CAMPAIGN_65_ID,
      summary: `Biểu dương ${colCount} tập thể và ${peopleCount} cá nhân tiêu biểu trong đợt thi đua chào mừng 65 năm Ngày thành lập Đảng bộ Khối.`,
    });
    give(id, 'BIEU-DUONG', 2024, cols(collectiveCursor, colCount), 'Tiêu biểu trong đợt thi đua chào mừng 65 năm Ngày thành lập Đảng bộ Khối');
    give(id, 'BIEU-DUONG', 2024, people(peopleCursor, peopleCount), 'Tiêu biểu trong đợt thi đua chào mừng 65 năm Ngày thành lập Đảng bộ Khối');
    collectiveCursor += colCount;
    peopleCursor += peopleCount;
  }

  // ── 2020–2025 term ──
  decision({
    id: DECISION_IDS.coTinhUy,
    number: '2150-QĐ/TU',
    signedAt: day('2025-06-18'),
    issuingAuthority: TU,
    signerName: 'Hoàng Văn Bình',
    signerTitle: 'Bí thư Tỉnh ủy',
    category: 'PERIODIC',
    campaignId: 'camp-guong-mau-2020-2025',
    summary: 'Tặng Cờ của Tỉnh ủy cho 5 tổ chức cơ sở đảng trong sạch, vững mạnh tiêu biểu 5 năm liền (2020–2024).',
  });
  give(DECISION_IDS.coTinhUy, 'CO-TU', 2025, unitsOf([grassrootsUnits[1]!, grassrootsUnits[4]!, grassrootsUnits[12]!, grassrootsUnits[15]!, grassrootsUnits[16]!]), 'Tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ tiêu biểu 5 năm liền (2020–2024)', '5 năm liền');

  decision({
    id: DECISION_IDS.bangKhenTinhUy,
    number: '2151-QĐ/TU',
    signedAt: day('2025-06-18'),
    issuingAuthority: TU,
    signerName: 'Hoàng Văn Bình',
    signerTitle: 'Bí thư Tỉnh ủy',
    category: 'PERIODIC',
    campaignId: 'camp-guong-mau-2020-2025',
    summary: 'Tặng Bằng khen cho 13 tập thể và 49 cá nhân thuộc Đảng bộ Khối; 49 đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền (2020–2024).',
  });
  give(DECISION_IDS.bangKhenTinhUy, 'BK-TU', 2025, [...unitsOf(grassrootsUnits.slice(5, 10)), ...cols(50, 8)], 'Hoàn thành xuất sắc nhiệm vụ nhiệm kỳ 2020–2025');
  give(DECISION_IDS.bangKhenTinhUy, 'BK-TU', 2025, people(90, 49), 'Đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền (2020–2024)', '5 năm liền');

  decision({
    id: DECISION_IDS.ghiDanh,
    number: '1420-QĐ/ĐUK',
    signedAt: day('2025-07-10'),
    issuingAuthority: DUK,
    signerName: 'Trần Minh Đức',
    signerTitle: 'Bí thư Đảng ủy Khối',
    category: 'PERIODIC',
    campaignId: 'camp-guong-mau-2020-2025',
    summary: 'Ghi danh 120 mô hình, tập thể và 158 cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, nhiệm kỳ 2020–2025.',
  });
  give(DECISION_IDS.ghiDanh, 'GHI-DANH', 2025, [...unitsOf(unitsBelowRoot.slice(0, 30)), ...cols(0, 90)], 'Mô hình, tập thể tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, nhiệm kỳ 2020–2025');
  give(DECISION_IDS.ghiDanh, 'GHI-DANH', 2025, people(20, 158), 'Cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, nhiệm kỳ 2020–2025');

  // ── yearly titles, 2020–2024: streaks come from these records ──
  for (let year = 2020; year <= 2024; year++) {
    const id = `dec-cstd-cs-${year}`;
    decision({
      id,
      number: `${40 + year - 2020}/QĐ-SYT`,
      signedAt: day(`${year + 1}-01-12`),
      issuingAuthority: 'Giám đốc Sở Y tế',
      signerName: 'Phan Thanh Tâm',
      signerTitle: 'Giám đốc Sở Y tế',
      category: 'PERIODIC',
      summary: `Công nhận danh hiệu Chiến sĩ thi đua cơ sở năm ${year} cho viên chức ngành Y tế.`,
    });
    // The first six are honoured every year (5 in a row by 2024); others rotate.
    const health = org.individuals.filter((p) => p.unitId === 'unit-syt' || p.unitId.startsWith('unit-syt-'));
    const rotating = health.slice(6).filter((_, i) => (i + year) % 3 === 0);
    give(id, 'CSTD-CS', year, [...health.slice(0, 6), ...rotating].map((p) => ({ individualId: p.id })), `Hoàn thành xuất sắc nhiệm vụ năm ${year}`);

    const tid = `dec-ttldxs-${year}`;
    decision({
      id: tid,
      number: `${300 + (year - 2020) * 17}/QĐ-UBND`,
      signedAt: day(`${year + 1}-02-20`),
      issuingAuthority: UBND,
      signerName: year < 2023 ? 'Nguyễn Thanh Sơn' : 'Lê Quang Hưng',
      signerTitle: 'Chủ tịch UBND tỉnh',
      category: 'PERIODIC',
      summary: `Tặng danh hiệu Tập thể lao động xuất sắc năm ${year}.`,
    });
    const fixed = cols(0, 4);
    const rotatingCols = org.collectives.filter((_, i) => i >= 4 && (i + year) % 9 === 0).map((c) => ({ collectiveId: c.id }));
    give(tid, 'TTLDXS', year, [...fixed, ...rotatingCols], `Hoàn thành xuất sắc nhiệm vụ năm ${year}`);
  }

  // ── single decisions of other kinds ──
  decision({
    id: 'dec-cttd-tinh-2023',
    number: '412/QĐ-UBND',
    signedAt: day('2024-02-28'),
    issuingAuthority: UBND,
    signerName: 'Lê Quang Hưng',
    signerTitle: 'Chủ tịch UBND tỉnh',
    category: 'PERIODIC',
    summary: 'Tặng Cờ thi đua cấp tỉnh năm 2023 cho đơn vị dẫn đầu khối doanh nghiệp.',
  });
  give('dec-cttd-tinh-2023', 'CTD-T', 2023, unitsOf([grassrootsUnits[15]!, grassrootsUnits[17]!]), 'Đơn vị dẫn đầu phong trào thi đua khối doanh nghiệp năm 2023');

  decision({
    id: 'dec-dot-xuat-bao-2024',
    number: '2398/QĐ-UBND',
    signedAt: day('2024-09-16'),
    issuingAuthority: UBND,
    signerName: 'Lê Quang Hưng',
    signerTitle: 'Chủ tịch UBND tỉnh',
    category: 'SUDDEN',
    summary: 'Khen thưởng đột xuất tập thể và cá nhân có thành tích trong khắc phục sự cố lưới điện sau bão số 3.',
  });
  give('dec-dot-xuat-bao-2024', 'BK-UBND', 2024, cols(60, 1), 'Có thành tích xuất sắc trong khắc phục sự cố lưới điện, cấp điện trở lại cho Nhân dân sau bão số 3 (tháng 9/2024)');
  give('dec-dot-xuat-bao-2024', 'BK-UBND', 2024, org.individuals.filter((p) => p.unitId === 'unit-dl').slice(1, 3).map((p) => ({ individualId: p.id })), 'Dũng cảm, xuyên đêm khắc phục sự cố lưới điện sau bão số 3 (tháng 9/2024)');

  decision({
    id: 'dec-huan-chuong-2023',
    number: '1520/QĐ-CTN',
    signedAt: day('2023-11-02'),
    issuingAuthority: 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    signerName: 'Văn phòng Chủ tịch nước (bản sao)',
    signerTitle: 'Chủ tịch nước',
    category: 'CAREER',
    summary: 'Tặng Huân chương Lao động hạng Ba cho cá nhân có quá trình cống hiến trong ngành Y tế tỉnh.',
  });
  give('dec-huan-chuong-2023', 'HCLD3', 2023, people(7, 1), 'Đã có thành tích xuất sắc trong công tác từ năm 2013 đến năm 2022, góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc');

  // A revoked decision stays on record, marked, and is left out of every total.
  decision({
    id: DECISION_IDS.revoked,
    number: '980-QĐ/ĐUK',
    signedAt: day('2022-12-20'),
    issuingAuthority: DUK,
    signerName: 'Trần Minh Đức',
    signerTitle: 'Bí thư Đảng ủy Khối',
    category: 'SUDDEN',
    summary: 'Tặng Giấy khen cho 2 cá nhân có thành tích trong phong trào "Dân vận khéo" năm 2022.',
    campaignId: 'camp-dan-van-kheo',
    status: 'REVOKED',
    revokedAt: day('2023-03-15'),
    revocationReason: 'Thu hồi theo Quyết định số 1033-QĐ/ĐUK ngày 15/3/2023: hồ sơ đề nghị kê khai thành tích không đúng thực tế.',
  });
  give(DECISION_IDS.revoked, 'GK-DUK', 2022, people(150, 2), 'Có thành tích trong phong trào "Dân vận khéo" năm 2022');

  return { decisions, awards };
}
