import { exportAwards } from '@/lib/registry/export-response';

// The award list with the filters of /vinh-danh/tra-cuu, as an Excel workbook.
export function GET(request: Request) {
  return exportAwards(request, 'xlsx');
}
