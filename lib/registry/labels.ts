// Vietnamese names of the registry's enumerations, and the short words used for them in
// URLs (filters are linkable: /vinh-danh/tra-cuu?cap=tinh&doi-tuong=ca-nhan).
import type {
  AwardLevel,
  CampaignKind,
  CommendationKind,
  DecisionCategory,
  IssuingSystem,
  RecipientKind,
  UnitKind,
} from '@/lib/generated/prisma/enums';

export const levelLabels: Record<AwardLevel, string> = {
  CENTRAL: 'Trung ương',
  PROVINCIAL: 'Cấp tỉnh',
  DISTRICT: 'Cấp huyện, sở, ngành',
  GRASSROOTS: 'Cơ sở',
};

export const issuingSystemLabels: Record<IssuingSystem, string> = {
  STATE: 'Khen thưởng Nhà nước',
  PARTY: 'Khen thưởng của Đảng',
  MASS_ORGANIZATION: 'Khen thưởng của đoàn thể',
};

export const commendationKindLabels: Record<CommendationKind, string> = {
  TITLE: 'Danh hiệu thi đua',
  FORM: 'Hình thức khen thưởng',
  RECOGNITION: 'Ghi danh, biểu dương',
};

export const recipientKindLabels: Record<RecipientKind, string> = {
  UNIT: 'Đơn vị',
  COLLECTIVE: 'Tập thể',
  INDIVIDUAL: 'Cá nhân',
};

export const unitKindLabels: Record<UnitKind, string> = {
  PARTY_COMMITTEE: 'Đảng bộ',
  PARTY_CELL: 'Chi bộ',
  AGENCY: 'Cơ quan',
  PUBLIC_SERVICE: 'Đơn vị sự nghiệp',
  ENTERPRISE: 'Doanh nghiệp',
  MASS_ORGANIZATION: 'Đoàn thể',
  OTHER: 'Khác',
};

export const campaignKindLabels: Record<CampaignKind, string> = {
  REGULAR: 'Thường xuyên',
  THEMATIC: 'Theo đợt, chuyên đề',
};

export const decisionCategoryLabels: Record<DecisionCategory, string> = {
  PERIODIC: 'Tổng kết năm, nhiệm kỳ',
  CAMPAIGN: 'Theo đợt, chuyên đề',
  SUDDEN: 'Đột xuất',
  CAREER: 'Quá trình cống hiến',
  SERVICE_LENGTH: 'Niên hạn',
  FOREIGN: 'Đối ngoại',
};

// Display order (highest honour first) and URL words.
export const LEVELS: readonly AwardLevel[] = ['CENTRAL', 'PROVINCIAL', 'DISTRICT', 'GRASSROOTS'];
export const ISSUING_SYSTEMS: readonly IssuingSystem[] = ['STATE', 'PARTY', 'MASS_ORGANIZATION'];
export const RECIPIENT_KINDS: readonly RecipientKind[] = ['UNIT', 'COLLECTIVE', 'INDIVIDUAL'];

export const levelParams = { CENTRAL: 'trung-uong', PROVINCIAL: 'tinh', DISTRICT: 'huyen', GRASSROOTS: 'co-so' } as const satisfies Record<AwardLevel, string>;
export const issuingSystemParams = { STATE: 'nha-nuoc', PARTY: 'dang', MASS_ORGANIZATION: 'doan-the' } as const satisfies Record<IssuingSystem, string>;
export const recipientKindParams = { UNIT: 'don-vi', COLLECTIVE: 'tap-the', INDIVIDUAL: 'ca-nhan' } as const satisfies Record<RecipientKind, string>;

/** The value whose URL word is `param`, if any. */
export function fromParam<T extends string>(params: Record<T, string>, param: string | undefined): T | undefined {
  if (!param) return undefined;
  return (Object.keys(params) as T[]).find((key) => params[key] === param);
}

/** Where a recipient's public page lives. */
export function recipientPath(kind: RecipientKind, slug: string): string {
  switch (kind) {
    case 'UNIT':
      return `/vinh-danh/don-vi/${slug}`;
    case 'COLLECTIVE':
      return `/vinh-danh/tap-the/${slug}`;
    case 'INDIVIDUAL':
      return `/vinh-danh/ca-nhan/${slug}`;
  }
}

export const registryPaths = {
  home: '/vinh-danh',
  units: '/vinh-danh/don-vi',
  unit: (slug: string) => `/vinh-danh/don-vi/${slug}`,
  // The hierarchy as it stood on a chosen day (?ngay=YYYY-MM-DD).
  structure: '/vinh-danh/co-cau',
  collective: (slug: string) => `/vinh-danh/tap-the/${slug}`,
  individual: (slug: string) => `/vinh-danh/ca-nhan/${slug}`,
  types: '/vinh-danh/danh-hieu',
  type: (slug: string) => `/vinh-danh/danh-hieu/${slug}`,
  campaigns: '/vinh-danh/phong-trao',
  campaign: (slug: string) => `/vinh-danh/phong-trao/${slug}`,
  decisions: '/vinh-danh/quyet-dinh',
  decision: (slug: string) => `/vinh-danh/quyet-dinh/${slug}`,
  search: '/vinh-danh/tra-cuu',
  // One award, for checking a printed certificate (its QR code opens this).
  verify: (awardId: string) => `/vinh-danh/xac-minh/${awardId}`,
  stats: '/vinh-danh/thong-ke',
  // The public's comment periods (lấy ý kiến nhân dân).
  comments: '/vinh-danh/lay-y-kien',
  commentPeriod: (slug: string) => `/vinh-danh/lay-y-kien/${slug}`,
  csv: '/vinh-danh/khen-thuong.csv',
  xlsx: '/vinh-danh/khen-thuong.xlsx',
  api: '/api/v1',
} as const;
