// Reading a register file (XLSX or CSV): refuses what is not a spreadsheet, is too big
// (the zip's unpacked size is checked before unpacking), or is not UTF-8, and marks cells
// that held a formula. No database: the preview (lib/registry/data/import-preview.ts)
// classifies what this reads.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { cleanText } from '@/lib/common/clean-input';

export const IMPORT_MAX_BYTES = 8 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;

export class ImportRejected extends Error {}

export const FORMULA_MARK = '\u0000formula';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return FORMULA_MARK;
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

/** Uncompressed bytes an XLSX (a ZIP) would unpack to, from its central directory. */
const XLSX_MAX_UNPACKED = 200 * 1024 * 1024;
export function zipUnpackedSize(bytes: Buffer): number | null {
  // End of central directory: signature 0x06054b50 within the last 64 KB + 22 bytes.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (bytes.readUInt32LE(at) !== 0x06054b50) continue;
    const entries = bytes.readUInt16LE(at + 10);
    let entry = bytes.readUInt32LE(at + 16);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (entry + 46 > bytes.length || bytes.readUInt32LE(entry) !== 0x02014b50) return null;
      const unpacked = bytes.readUInt32LE(entry + 24);
      // ZIP64 markers (0xFFFFFFFF) mean an entry over 4 GB: far beyond any register.
      if (unpacked === 0xffffffff) return Number.POSITIVE_INFINITY;
      total += unpacked;
      entry += 46 + bytes.readUInt16LE(entry + 28) + bytes.readUInt16LE(entry + 30) + bytes.readUInt16LE(entry + 32);
    }
    return total;
  }
  return null;
}

/** The sheet's cells as text, from XLSX (by its ZIP signature) or UTF-8 CSV. */
export async function readSheet(bytes: Buffer): Promise<string[][]> {
  if (bytes.length === 0) throw new ImportRejected('Tệp rỗng.');
  if (bytes.length > IMPORT_MAX_BYTES) throw new ImportRejected(`Tệp lớn hơn ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    // A small file that unpacks to gigabytes (a "zip bomb") is refused before it is opened.
    const unpacked = zipUnpackedSize(bytes);
    if (unpacked === null) throw new ImportRejected('Không đọc được tệp Excel: tệp hỏng hoặc không phải XLSX.');
    if (unpacked > XLSX_MAX_UNPACKED) throw new ImportRejected('Tệp Excel giải nén ra quá lớn (hơn 200 MB): hãy chia nhỏ tệp.');
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new ImportRejected('Không đọc được tệp Excel: tệp hỏng hoặc không phải XLSX.');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new ImportRejected('Tệp Excel không có trang tính nào.');
    if (sheet.rowCount > IMPORT_MAX_ROWS + 20) throw new ImportRejected(`Tệp có hơn ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng: hãy chia nhỏ tệp.`);
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        const text = cellText(cell.value);
        cells[col - 1] = text === FORMULA_MARK ? text : cleanText(text).trim();
      });
      rows[n - 1] = Array.from(cells, (c) => c ?? '');
    });
    return Array.from(rows, (r) => r ?? []);
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw new ImportRejected('Tệp Excel 97–2003 (.xls) chưa được hỗ trợ: hãy lưu lại dưới dạng .xlsx.');
  // Images, PDFs and other binaries: a NUL byte near the start, which no text file has.
  if (bytes.subarray(0, 8192).includes(0)) throw new ImportRejected('Tệp không phải bảng tính XLSX hoặc CSV.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportRejected('Tệp CSV không ở mã UTF-8 (chữ tiếng Việt sẽ bị lỗi): trong Excel hãy chọn "Lưu dưới dạng" → "CSV UTF-8".');
  }
  text = text.replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = ['\t', ';', ','].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  try {
    const rows = parse(text, { delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
    if (rows.length > IMPORT_MAX_ROWS + 20) throw new ImportRejected(`Tệp có hơn ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng: hãy chia nhỏ tệp.`);
    // A CSV cell starting with = + - @ is a formula for a spreadsheet that opens it.
    return rows.map((r) =>
      r.map((cell) => {
        const c = cleanText(cell).trim();
        return /^[=+\-@]/.test(c) && !/^-?\d/.test(c) ? FORMULA_MARK : c;
      }),
    );
  } catch (error) {
    if (error instanceof ImportRejected) throw error;
    throw new ImportRejected('Không đọc được tệp CSV: kiểm tra dấu ngoặc kép và dấu phân cách.');
  }
}

