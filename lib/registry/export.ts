// The layout of downloaded award lists (CSV and XLSX): one row per award, columns in the
// order offices keep their registers. Shared by both formats and by the tests.
import type { AwardRowDto } from '@/lib/registry/data/awards';
import { formatDate } from '@/lib/common/format';
import { absoluteUrl } from '@/lib/newsroom/seo';
import { issuingSystemLabels, levelLabels, recipientKindLabels, recipientPath } from '@/lib/registry/labels';

export interface ExportColumn {
  header: string;
  width: number;
  value: (row: AwardRowDto, index: number) => string | number;
}

export const exportColumns: ExportColumn[] = [
  { header: 'STT', width: 6, value: (_, i) => i + 1 },
  { header: 'Tên tập thể, cá nhân', width: 36, value: (r) => r.recipient.name },
  { header: 'Đối tượng', width: 10, value: (r) => recipientKindLabels[r.recipient.kind] },
  { header: 'Chức vụ', width: 24, value: (r) => r.recipient.position ?? '' },
  { header: 'Đơn vị', width: 36, value: (r) => r.recipient.unitName ?? '' },
  { header: 'Danh hiệu, hình thức khen thưởng', width: 36, value: (r) => r.type.name },
  { header: 'Cấp', width: 18, value: (r) => levelLabels[r.type.level] },
  { header: 'Hệ thống', width: 22, value: (r) => issuingSystemLabels[r.type.issuingSystem] },
  { header: 'Năm', width: 7, value: (r) => r.year },
  { header: 'Thành tích', width: 60, value: (r) => r.achievement ?? '' },
  { header: 'Ghi chú', width: 12, value: (r) => r.streakNote ?? '' },
  { header: 'Số quyết định', width: 18, value: (r) => r.decision.number },
  { header: 'Ngày ký', width: 11, value: (r) => formatDate(r.decision.signedAt) },
  { header: 'Cơ quan ban hành', width: 40, value: (r) => r.decision.issuingAuthority },
  { header: 'Hiệu lực', width: 12, value: (r) => (r.decision.revoked ? 'Đã thu hồi' : 'Còn hiệu lực') },
  { header: 'Đường dẫn', width: 50, value: (r) => absoluteUrl(recipientPath(r.recipient.kind, r.recipient.slug)) },
];

/**
 * A spreadsheet program runs a cell that starts with = + - @ (or a tab/CR) as a formula;
 * a leading apostrophe keeps such text as text (OWASP "CSV injection").
 */
export function neutralizeFormula(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function exportFileName(extension: 'csv' | 'xlsx', now = new Date()): string {
  const stamp = now.toISOString().slice(0, 10).replace(/-/g, '');
  return `bang-vang-khen-thuong-${stamp}.${extension}`;
}
