// The register in the layout offices use (REGISTER_LAYOUT in lib/registry/import/columns.ts), as XLSX:
// one decision (?quyet-dinh=id), the whole register, or an empty template (?mau=1). Staff
// only: unlike the public export it includes people who did not consent to publication.
// Streamed in batches, so the whole register never sits in memory.
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { NOT_SIGNED_IN } from '@/lib/common/action-state';
import { getCurrentUser, hasRole } from '@/lib/auth/session';
import { formatDate } from '@/lib/common/format';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { streamRegister } from '@/lib/registry/data/register';
import { REGISTER_LAYOUT } from '@/lib/registry/import/columns';

export async function GET(request: Request) {
  const user = await getCurrentUser();
  // A dead session and a wrong role are different refusals, and say so.
  if (!user) return new Response(NOT_SIGNED_IN, { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  if (!hasRole(user, REGISTRY_ROLES)) return new Response('Tài khoản của bạn không có quyền tải sổ khen thưởng.', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const params = new URL(request.url).searchParams;
  const template = params.get('mau') === '1';
  // Ids are cuid-like; anything else finds nothing and never reaches a header.
  const raw = params.get('quyet-dinh');
  const decisionId = raw && /^[A-Za-z0-9_-]{1,64}$/.test(raw) ? raw : undefined;
  if (raw && !decisionId) return new Response('Mã quyết định không hợp lệ.', { status: 400 });

  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Bảng Vàng';
  const sheet = workbook.addWorksheet('Danh sách khen thưởng', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = REGISTER_LAYOUT.map((header, i) => ({ header, width: [6, 16, 12, 28, 20, 24, 10, 28, 20, 32, 32, 40][i] }));
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    try {
      if (template) {
        sheet.addRow([1, '123/QĐ-UBND', '15/01/2025', 'UBND tỉnh', 'Nguyễn Văn A', 'Phó Chủ tịch UBND tỉnh', 2024, 'Trần Thị B', 'Chuyên viên', 'Sở Tài chính', 'Lao động tiên tiến', 'Hoàn thành tốt nhiệm vụ']).commit();
      } else {
        let n = 0;
        for await (const batch of streamRegister(decisionId)) {
          for (const a of batch) {
            const name = a.individual?.fullName ?? a.collective?.name ?? a.unit?.name ?? '';
            const unit = a.individual?.unit.name ?? a.collective?.unit.name ?? a.unit?.name ?? '';
            // Plain values only: exceljs writes strings as text, never as formulas.
            sheet.addRow([++n, a.decision.number, formatDate(a.decision.signedAt), a.decision.issuingAuthority, a.decision.signerName, a.decision.signerTitle, a.year, name, a.individual?.position ?? '', unit, a.type.name, a.achievement ?? '']).commit();
          }
        }
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  const name = template ? 'mau-nhap-khen-thuong.xlsx' : decisionId ? `quyet-dinh-${decisionId}.xlsx` : 'so-khen-thuong.xlsx';
  return new Response(Readable.toWeb(out) as ReadableStream, {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
