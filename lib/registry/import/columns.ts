// The register's columns: the layout offices use (the export writes it, the import reads
// it back), and the header row of a file mapped to fields whatever its wording or order.
import { FORMULA_MARK, ImportRejected } from '@/lib/registry/import/read-file';
import { nameKey } from '@/lib/registry/names';


export type Field = 'number' | 'signedAt' | 'authority' | 'signerName' | 'signerTitle' | 'year' | 'name' | 'position' | 'unit' | 'type' | 'achievement';

/** Header words (folded: no accents, lower case) → field; longer phrases are tried first. */
const HEADERS: [string, Field][] = [
  ['chuc vu nguoi ky', 'signerTitle'],
  ['so quyet dinh', 'number'],
  ['so qd', 'number'],
  ['ngay ky', 'signedAt'],
  ['ngay quyet dinh', 'signedAt'],
  ['co quan ban hanh', 'authority'],
  ['cap khen thuong', 'authority'],
  ['nguoi ky', 'signerName'],
  ['nam thanh tich', 'year'],
  ['nam', 'year'],
  ['ho va ten', 'name'],
  ['ho ten', 'name'],
  ['ten tap the', 'name'],
  ['doi tuong', 'name'],
  ['ten', 'name'],
  ['chuc vu', 'position'],
  ['don vi', 'unit'],
  ['danh hieu', 'type'],
  ['hinh thuc', 'type'],
  ['thanh tich', 'achievement'],
];

/** The layout offices use, as the export writes it and the import reads it back. */
export const REGISTER_LAYOUT = ['STT', 'Số quyết định', 'Ngày ký', 'Cơ quan ban hành', 'Người ký', 'Chức vụ người ký', 'Năm thành tích', 'Họ và tên / Tên tập thể', 'Chức vụ', 'Đơn vị', 'Danh hiệu / Hình thức', 'Thành tích'] as const;

export interface ImportRow {
  line: number;
  values: Partial<Record<Field, string>>;
  /** Cells that held a formula: never trusted (their text could be anything). */
  formulas: Field[];
}


export const fold = (s: string) => nameKey(s);

/** Finds the header row (within the first 10) and maps the columns; then the data rows. */
export function mapRows(sheet: string[][]): { rows: ImportRow[]; columns: Field[]; hasDecisionColumns: boolean } {
  for (let h = 0; h < Math.min(10, sheet.length); h++) {
    const header = sheet[h] ?? [];
    const columns = header.map((cell) => {
      const f = fold(cell);
      return HEADERS.find(([words]) => f === words || f.startsWith(`${words} `) || (words.length > 4 && f.includes(words)))?.[1];
    });
    if (!columns.includes('name') || !columns.includes('type')) continue;
    const rows: ImportRow[] = [];
    for (let i = h + 1; i < sheet.length; i++) {
      const cells = sheet[i] ?? [];
      const values: ImportRow['values'] = {};
      const formulas: Field[] = [];
      columns.forEach((field, col) => {
        if (!field || values[field]) return;
        const value = cells[col] ?? '';
        if (value === FORMULA_MARK) formulas.push(field);
        else if (value) values[field] = value;
      });
      if (Object.keys(values).length === 0 && formulas.length === 0) continue;
      rows.push({ line: i + 1, values, formulas });
    }
    const found = columns.filter((c): c is Field => !!c);
    return { rows, columns: found, hasDecisionColumns: found.includes('number') };
  }
  throw new ImportRejected('Không tìm thấy dòng tiêu đề có cột "Họ và tên" (hoặc "Tên tập thể") và cột "Danh hiệu" / "Hình thức" trong 10 dòng đầu.');
}

