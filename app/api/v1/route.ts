import { apiJson, API_MAX_PAGE_SIZE } from '@/lib/registry/api';
import { absoluteUrl } from '@/lib/seo';

// Index of the read-only open-data API; the README ("Open data") documents each field.
export function GET() {
  return apiJson({
    name: 'Bảng Vàng – API dữ liệu mở (chỉ đọc)',
    version: 1,
    pagination: { page: 'trang (1…)', pageSize: `so-dong (1…${API_MAX_PAGE_SIZE})` },
    endpoints: {
      awards: {
        url: absoluteUrl('/api/v1/awards'),
        filters: {
          q: 'tên người, tập thể, đơn vị hoặc số quyết định (không cần dấu)',
          'tu-nam': 'năm, từ',
          'den-nam': 'năm, đến',
          'danh-hieu': 'slug danh hiệu (xem commendation-types)',
          cap: 'trung-uong | tinh | huyen | co-so',
          'he-thong': 'nha-nuoc | dang | doan-the',
          'doi-tuong': 'don-vi | tap-the | ca-nhan',
          'don-vi': 'slug đơn vị (xem units)',
          'cap-duoi': '1 = gồm cả đơn vị cấp dưới',
          'phong-trao': 'slug phong trào (xem campaigns)',
          'quyet-dinh': 'slug quyết định (xem decisions)',
          'sap-xep': 'moi-nhat | cu-nhat | ten | danh-hieu',
        },
      },
      decisions: { url: absoluteUrl('/api/v1/decisions') },
      campaigns: { url: absoluteUrl('/api/v1/campaigns') },
      commendationTypes: { url: absoluteUrl('/api/v1/commendation-types') },
      units: { url: absoluteUrl('/api/v1/units') },
    },
  });
}
