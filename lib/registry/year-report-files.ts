import 'server-only';
// The year's report as the office files it: an XLSX in the layout of a statistics form
// (one row per honour, grouped by authority, level and kind, with subtotals) and the same
// table as an A4 landscape PDF. The Ministry of Home Affairs' reporting regime in force is
// cited (Thông tư số 18/2025/TT-BNV); the number of its form for this table could not be
// read here, so the header says "số hiệu biểu chờ xác nhận".
import ExcelJS from 'exceljs';
import { formatDate, formatNumber } from '@/lib/common/format';
import { newPdf } from '@/lib/registry/pdf';
import { commendationKindLabels, levelLabels } from '@/lib/registry/labels';
import { addCounts, type ReportCounts, type ReportLine, type YearReport } from '@/lib/registry/data/year-report';
import { neutralizeFormula } from '@/lib/registry/export';

export const REPORT_BASIS = 'Chế độ báo cáo thống kê ngành Nội vụ (Thông tư số 18/2025/TT-BNV) — số hiệu biểu chờ xác nhận';
const COLUMNS = ['STT', 'Danh hiệu, hình thức', 'Tập thể', 'Cá nhân', 'Trong đó: nữ', 'Lãnh đạo, quản lý', 'Trực tiếp lao động, công tác', 'Không ghi chức vụ', 'Tổng số'] as const;

type Row = { kind: 'group'; label: string } | { kind: 'line'; n: number; label: string; counts: ReportCounts } | { kind: 'subtotal'; label: string; counts: ReportCounts };

/** The table's rows: per authority, then level and kind, each honour, with subtotals. */
export function reportRows(report: YearReport): Row[] {
  const rows: Row[] = [];
  const authorities = [...new Set(report.lines.map((l) => l.authority))];
  for (const authority of authorities) {
    const ofAuthority = report.lines.filter((l) => l.authority === authority);
    rows.push({ kind: 'group', label: authority });
    const groups = new Map<string, ReportLine[]>();
    for (const l of ofAuthority) groups.set(`${levelLabels[l.level]} — ${commendationKindLabels[l.kind]}`, [...(groups.get(`${levelLabels[l.level]} — ${commendationKindLabels[l.kind]}`) ?? []), l]);
    let n = 0;
    for (const [label, lines] of groups) {
      rows.push({ kind: 'group', label });
      for (const l of lines) rows.push({ kind: 'line', n: ++n, label: l.typeName, counts: l });
    }
    rows.push({ kind: 'subtotal', label: `Cộng: ${authority}`, counts: ofAuthority.reduce((s, l) => addCounts(s, l), { collectives: 0, individuals: 0, women: 0, leaders: 0, direct: 0, unknownPosition: 0 }) });
  }
  rows.push({ kind: 'subtotal', label: 'TỔNG CỘNG', counts: report.total });
  return rows;
}

const figures = (c: ReportCounts) => [c.collectives, c.individuals, c.women, c.leaders, c.direct, c.unknownPosition, c.collectives + c.individuals];

export async function yearReportXlsx(report: YearReport, authorityName: string, now = new Date()): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bảng Vàng';
  const sheet = workbook.addWorksheet(`Năm ${report.year}`, { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 6 }, { width: 48 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 14 }, { width: 16 }, { width: 12 }, { width: 10 }];
  const title = (text: string, bold = true) => {
    const row = sheet.addRow([neutralizeFormula(text)]);
    sheet.mergeCells(row.number, 1, row.number, COLUMNS.length);
    row.getCell(1).font = { bold, size: bold ? 13 : 10 };
    row.getCell(1).alignment = { horizontal: 'center', wrapText: true };
  };
  title(authorityName.toLocaleUpperCase('vi-VN'));
  title(`BÁO CÁO THỐNG KÊ KẾT QUẢ THI ĐUA, KHEN THƯỞNG NĂM ${report.year}`);
  title(REPORT_BASIS, false);
  title(`Số liệu từ Sổ vàng điện tử, theo các quyết định còn hiệu lực; lập ngày ${formatDate(now)}. Cá nhân tính theo lượt khen thưởng; chức vụ phân loại theo từ ngữ ghi trong quyết định.`, false);
  sheet.addRow([]);
  const header = sheet.addRow([...COLUMNS]);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  for (const r of reportRows(report)) {
    const values = r.kind === 'group' ? ['', neutralizeFormula(r.label)] : r.kind === 'line' ? [r.n, neutralizeFormula(r.label), ...figures(r.counts)] : ['', neutralizeFormula(r.label), ...figures(r.counts)];
    const row = sheet.addRow(values);
    if (r.kind !== 'line') row.font = { bold: true, italic: r.kind === 'group' };
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function yearReportPdf(report: YearReport, authorityName: string, now = new Date()): Promise<Buffer> {
  const { doc, done } = newPdf({ size: 'A4', layout: 'landscape', margins: { top: 40, bottom: 40, left: 40, right: 40 }, info: { Title: `Báo cáo thi đua, khen thưởng năm ${report.year}`, Author: authorityName, Creator: 'Bảng Vàng' } });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font('bold').fontSize(11).text(authorityName.toLocaleUpperCase('vi-VN'), { width, align: 'center' });
  doc.font('bold').fontSize(13).text(`BÁO CÁO THỐNG KÊ KẾT QUẢ THI ĐUA, KHEN THƯỞNG NĂM ${report.year}`, { width, align: 'center' });
  doc.font('italic').fontSize(9).fillColor('#57534e').text(REPORT_BASIS, { width, align: 'center' });
  doc.text(`Số liệu từ Sổ vàng điện tử, theo các quyết định còn hiệu lực; lập ngày ${formatDate(now)}.`, { width, align: 'center' });
  doc.fillColor('#1c1917').moveDown(0.8);
  const widths = [30, 250, 52, 52, 52, 70, 90, 70, 0];
  widths[8] = width - widths.slice(0, 8).reduce((a, b) => a + b, 0);
  const drawRow = (cells: string[], font: string, height = 18) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    let x = left;
    cells.forEach((text, i) => {
      doc.rect(x, y, widths[i]!, height).strokeColor('#a8a29e').lineWidth(0.5).stroke();
      doc.font(font).fontSize(8.5).fillColor('#1c1917').text(text, x + 3, y + 4, { width: widths[i]! - 6, height: height - 4, align: i >= 2 ? 'right' : 'left', lineBreak: false, ellipsis: true });
      x += widths[i]!;
    });
    doc.x = left;
    doc.y = y + height;
  };
  drawRow([...COLUMNS], 'bold', 30);
  for (const r of reportRows(report)) {
    if (r.kind === 'group') drawRow(['', r.label, '', '', '', '', '', '', ''], 'italic');
    else drawRow([r.kind === 'line' ? String(r.n) : '', r.label, ...figures(r.counts).map(formatNumber)], r.kind === 'line' ? 'regular' : 'bold');
  }
  doc.end();
  return done;
}
