import { apiJson, API_MAX_PAGE_SIZE } from '@/lib/registry/api';
import { absoluteUrl } from '@/lib/newsroom/seo';
import { issuingSystemParams, levelParams, recipientKindParams } from '@/lib/registry/labels';
import { AWARD_PARAMS as P, AWARD_SORTS } from '@/lib/registry/schemas/filters';

// Index of the read-only open-data API; the README ("Open data") documents each field.
export function GET() {
  return apiJson({
    name: 'Bảng Vàng – API dữ liệu mở (chỉ đọc)',
    version: 1,
    pagination: { page: `${P.page} (1…)`, pageSize: `so-dong (1…${API_MAX_PAGE_SIZE})` },
    endpoints: {
      awards: {
        url: absoluteUrl('/api/v1/awards'),
        filters: {
          [P.q]: 'tên người, tập thể, đơn vị hoặc số quyết định (không cần dấu)',
          [P.yearFrom]: 'năm, từ',
          [P.yearTo]: 'năm, đến',
          [P.type]: 'slug danh hiệu (xem commendation-types)',
          [P.level]: Object.values(levelParams).join(' | '),
          [P.system]: Object.values(issuingSystemParams).join(' | '),
          [P.kind]: Object.values(recipientKindParams).join(' | '),
          [P.unit]: 'slug đơn vị (xem units)',
          [P.subunits]: '1 = gồm cả đơn vị cấp dưới',
          [P.campaign]: 'slug phong trào (xem campaigns)',
          [P.decision]: 'slug quyết định (xem decisions)',
          [P.sort]: AWARD_SORTS.join(' | '),
        },
      },
      decisions: { url: absoluteUrl('/api/v1/decisions') },
      campaigns: { url: absoluteUrl('/api/v1/campaigns') },
      commendationTypes: { url: absoluteUrl('/api/v1/commendation-types') },
      units: { url: absoluteUrl('/api/v1/units') },
    },
  });
}
