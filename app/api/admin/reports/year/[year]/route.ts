// The year's report (XLSX or PDF, `?dinh-dang=pdf`) for the authority's registrars: it
// counts every person, including those who did not consent to publication.
import { getCurrentUser, hasRole } from '@/lib/auth/session';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { getYearReport } from '@/lib/registry/data/year-report';
import { yearReportPdf, yearReportXlsx } from '@/lib/registry/year-report-files';

const text = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
const AUTHORITY = 'Hội đồng Thi đua – Khen thưởng tỉnh';

export async function GET(request: Request, { params }: RouteContext<'/api/admin/reports/year/[year]'>) {
  const user = await getCurrentUser();
  if (!user) return text(401, 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.');
  if (!hasRole(user, REGISTRY_ROLES)) return text(403, 'Tài khoản của bạn không có quyền xem báo cáo này.');
  const { year: raw } = await params;
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || year < 1945 || year > 2100) return text(400, 'Năm báo cáo không hợp lệ.');
  const format = new URL(request.url).searchParams.get('dinh-dang') === 'pdf' ? 'pdf' : 'xlsx';
  const report = await getYearReport(year);
  const body = format === 'pdf' ? await yearReportPdf(report, AUTHORITY) : await yearReportXlsx(report, AUTHORITY);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Length': String(body.length),
      'Content-Disposition': `attachment; filename="bao-cao-thi-dua-khen-thuong-${year}.${format}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
