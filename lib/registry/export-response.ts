import 'server-only';
import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { countAwards, EXPORT_MAX_ROWS, streamAwards } from '@/lib/registry/data/awards';
import { exportColumns, exportFileName, neutralizeFormula } from '@/lib/registry/export';
import { formatNumber } from '@/lib/common/format';
import { parseAwardFilters } from '@/lib/registry/schemas/filters';

// Streams a filtered award list as CSV or XLSX: rows are read in batches and written as
// they come, so a large export neither waits for every row nor holds them all in memory.

function tooLarge(total: number): Response {
  return new Response(
    `Danh sách có ${formatNumber(total)} dòng, vượt giới hạn ${formatNumber(EXPORT_MAX_ROWS)} dòng của một lần tải. Hãy thu hẹp bộ lọc (năm, đơn vị, danh hiệu…) rồi tải lại.`,
    { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
}

function attachment(name: string, type: string): HeadersInit {
  return { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' };
}

export async function exportAwards(request: Request, format: 'csv' | 'xlsx'): Promise<Response> {
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const filters = { ...parseAwardFilters(raw), page: 1 };
  const total = await countAwards(filters);
  if (total > EXPORT_MAX_ROWS) return tooLarge(total);

  if (format === 'csv') {
    // A byte-order mark makes Excel read the file as UTF-8 (Vietnamese intact).
    const csv = stringify({ bom: true, record_delimiter: '\r\n' });
    void (async () => {
      try {
        csv.write(exportColumns.map((c) => c.header));
        let index = 0;
        for await (const batch of streamAwards(filters)) {
          for (const row of batch) {
            if (!csv.write(exportColumns.map((c) => neutralizeFormula(c.value(row, index))))) await new Promise((r) => csv.once('drain', r));
            index++;
          }
        }
        csv.end();
      } catch (error) {
        csv.destroy(error as Error);
      }
    })();
    return new Response(Readable.toWeb(csv) as ReadableStream, { headers: attachment(exportFileName('csv'), 'text/csv; charset=utf-8') });
  }

  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Bảng Vàng';
  const sheet = workbook.addWorksheet('Khen thưởng', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = exportColumns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    try {
      let index = 0;
      for await (const batch of streamAwards(filters)) {
        for (const row of batch) {
          // Cells are written as plain values: exceljs stores strings as text, never formulas.
          sheet.addRow(exportColumns.map((c) => c.value(row, index))).commit();
          index++;
        }
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return new Response(Readable.toWeb(out) as ReadableStream, {
    headers: attachment(exportFileName('xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  });
}
