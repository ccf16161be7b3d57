// The award catalogue of DOMAIN.md, as data. Legal bases cite the Law on Emulation and
// Commendation 2022 and Decree 152/2025/NĐ-CP (which replaced 98/2023/NĐ-CP); Party forms
// follow the Party's own rules.
import type { AwardLevel, CommendationKind, IssuingSystem, RecipientKind } from '@/lib/generated/prisma/enums';

export interface CatalogEntry {
  code: string;
  name: string;
  kind: CommendationKind;
  issuingSystem: IssuingSystem;
  level: AwardLevel;
  authority: string;
  recipientKinds: RecipientKind[];
  legalBasis?: string;
  rank: number;
}

const LAW = 'Luật Thi đua, khen thưởng năm 2022; Nghị định số 152/2025/NĐ-CP';
const PARTY = 'Quy định của Ban Chấp hành Trung ương về khen thưởng tổ chức đảng và đảng viên; hướng dẫn của Tỉnh ủy';

export const catalog: CatalogEntry[] = [
  // State titles for individuals
  { code: 'CSTD-TQ', name: 'Chiến sĩ thi đua toàn quốc', kind: 'TITLE', issuingSystem: 'STATE', level: 'CENTRAL', authority: 'Thủ tướng Chính phủ', recipientKinds: ['INDIVIDUAL'], legalBasis: LAW, rank: 10 },
  { code: 'CSTD-T', name: 'Chiến sĩ thi đua cấp tỉnh', kind: 'TITLE', issuingSystem: 'STATE', level: 'PROVINCIAL', authority: 'Chủ tịch UBND tỉnh', recipientKinds: ['INDIVIDUAL'], legalBasis: LAW, rank: 30 },
  { code: 'CSTD-CS', name: 'Chiến sĩ thi đua cơ sở', kind: 'TITLE', issuingSystem: 'STATE', level: 'GRASSROOTS', authority: 'Thủ trưởng cơ quan, đơn vị', recipientKinds: ['INDIVIDUAL'], legalBasis: LAW, rank: 60 },
  { code: 'LDTT', name: 'Lao động tiên tiến', kind: 'TITLE', issuingSystem: 'STATE', level: 'GRASSROOTS', authority: 'Thủ trưởng cơ quan, đơn vị', recipientKinds: ['INDIVIDUAL'], legalBasis: LAW, rank: 80 },
  // State titles for collectives
  { code: 'CTD-CP', name: 'Cờ thi đua của Chính phủ', kind: 'TITLE', issuingSystem: 'STATE', level: 'CENTRAL', authority: 'Thủ tướng Chính phủ', recipientKinds: ['UNIT', 'COLLECTIVE'], legalBasis: LAW, rank: 12 },
  { code: 'CTD-T', name: 'Cờ thi đua cấp tỉnh', kind: 'TITLE', issuingSystem: 'STATE', level: 'PROVINCIAL', authority: 'Chủ tịch UBND tỉnh', recipientKinds: ['UNIT', 'COLLECTIVE'], legalBasis: LAW, rank: 32 },
  { code: 'TTLDXS', name: 'Tập thể lao động xuất sắc', kind: 'TITLE', issuingSystem: 'STATE', level: 'PROVINCIAL', authority: 'Chủ tịch UBND tỉnh', recipientKinds: ['UNIT', 'COLLECTIVE'], legalBasis: LAW, rank: 40 },
  { code: 'TTLDTT', name: 'Tập thể lao động tiên tiến', kind: 'TITLE', issuingSystem: 'STATE', level: 'GRASSROOTS', authority: 'Thủ trưởng cơ quan, đơn vị', recipientKinds: ['UNIT', 'COLLECTIVE'], legalBasis: LAW, rank: 82 },
  // State forms
  { code: 'HCLD3', name: 'Huân chương Lao động hạng Ba', kind: 'FORM', issuingSystem: 'STATE', level: 'CENTRAL', authority: 'Chủ tịch nước', recipientKinds: ['UNIT', 'COLLECTIVE', 'INDIVIDUAL'], legalBasis: LAW, rank: 5 },
  { code: 'HCHIEN', name: 'Huy chương Chiến sĩ vẻ vang', kind: 'FORM', issuingSystem: 'STATE', level: 'CENTRAL', authority: 'Chủ tịch nước', recipientKinds: ['INDIVIDUAL'], legalBasis: LAW, rank: 15 },
  { code: 'BK-TTG', name: 'Bằng khen của Thủ tướng Chính phủ', kind: 'FORM', issuingSystem: 'STATE', level: 'CENTRAL', authority: 'Thủ tướng Chính phủ', recipientKinds: ['UNIT', 'COLLECTIVE', 'INDIVIDUAL'], legalBasis: LAW, rank: 20 },
  { code: 'BK-UBND', name: 'Bằng khen của Chủ tịch UBND tỉnh', kind: 'FORM', issuingSystem: 'STATE', level: 'PROVINCIAL', authority: 'Chủ tịch UBND tỉnh', recipientKinds: ['UNIT', 'COLLECTIVE', 'INDIVIDUAL'], legalBasis: LAW, rank: 35 },
  { code: 'GK-SO', name: 'Giấy khen của Giám đốc sở', kind: 'FORM', issuingSystem: 'STATE', level: 'DISTRICT', authority: 'Giám đốc sở, ngành', recipientKinds: ['COLLECTIVE', 'INDIVIDUAL'], legalBasis: LAW, rank: 70 },
  // Party forms
  { code: 'CO-TU', name: 'Cờ của Tỉnh ủy', kind: 'FORM', issuingSystem: 'PARTY', level: 'PROVINCIAL', authority: 'Ban Thường vụ Tỉnh ủy', recipientKinds: ['UNIT', 'COLLECTIVE'], legalBasis: PARTY, rank: 25 },
  { code: 'BK-TU', name: 'Bằng khen của Tỉnh ủy', kind: 'FORM', issuingSystem: 'PARTY', level: 'PROVINCIAL', authority: 'Ban Thường vụ Tỉnh ủy', recipientKinds: ['UNIT', 'COLLECTIVE', 'INDIVIDUAL'], legalBasis: PARTY, rank: 36 },
  { code: 'GK-DUK', name: 'Giấy khen của Đảng ủy Khối', kind: 'FORM', issuingSystem: 'PARTY', level: 'DISTRICT', authority: 'Ban Thường vụ Đảng ủy Khối Cơ quan – Doanh nghiệp tỉnh', recipientKinds: ['UNIT', 'COLLECTIVE', 'INDIVIDUAL'], legalBasis: PARTY, rank: 72 },
  { code: 'HH-DANG', name: 'Huy hiệu Đảng', kind: 'FORM', issuingSystem: 'PARTY', level: 'PROVINCIAL', authority: 'Ban Thường vụ Tỉnh ủy', recipientKinds: ['INDIVIDUAL'], legalBasis: PARTY, rank: 18 },
  // Mass organisations
  { code: 'BK-LDLD', name: 'Bằng khen của Liên đoàn Lao động tỉnh', kind: 'FORM', issuingSystem: 'MASS_ORGANIZATION', level: 'PROVINCIAL', authority: 'Ban Chấp hành Liên đoàn Lao động tỉnh', recipientKinds: ['COLLECTIVE', 'INDIVIDUAL'], legalBasis: 'Điều lệ Công đoàn Việt Nam; hướng dẫn khen thưởng của Tổng Liên đoàn', rank: 50 },
  // Recognition
  { code: 'GHI-DANH', name: 'Ghi danh điển hình tiêu biểu', kind: 'RECOGNITION', issuingSystem: 'PARTY', level: 'DISTRICT', authority: 'Ban Thường vụ Đảng ủy Khối Cơ quan – Doanh nghiệp tỉnh', recipientKinds: ['UNIT', 'COLLECTIVE', 'INDIVIDUAL'], legalBasis: PARTY, rank: 90 },
  { code: 'BIEU-DUONG', name: 'Biểu dương', kind: 'RECOGNITION', issuingSystem: 'PARTY', level: 'GRASSROOTS', authority: 'Cấp ủy cơ sở', recipientKinds: ['UNIT', 'COLLECTIVE', 'INDIVIDUAL'], legalBasis: PARTY, rank: 95 },
];
