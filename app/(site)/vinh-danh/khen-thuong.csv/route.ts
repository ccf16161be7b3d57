import { exportAwards } from '@/lib/registry/export-response';

// The award list with the filters of /vinh-danh/tra-cuu, as CSV (UTF-8 with BOM).
export function GET(request: Request) {
  return exportAwards(request, 'csv');
}
