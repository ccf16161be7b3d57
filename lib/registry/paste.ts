// Rows copied from a spreadsheet arrive as tab-separated text: one line a row, cells in
// the order offices use (STT, name, position, unit, honour, achievement). Excel quotes a
// cell that holds a line break or a quote, so the text is read as TSV, not split by lines.
import { parse } from 'csv-parse/sync';
import type { PastedRow } from '@/lib/registry/schemas/writes';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

/** Tab-separated rows as a spreadsheet copies them; a header row and an STT column are skipped. */
export function parsePasted(text: string): PastedRow[] {
  let cells: string[][];
  try {
    cells = parse(text, { delimiter: '\t', relax_quotes: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch {
    // An unbalanced quote: fall back to plain lines and tabs.
    cells = text
      .split(/\r?\n/)
      .filter((line) => line.trim())
      .map((line) => line.split('\t').map((c) => c.trim()));
  }
  cells = cells.map((row) => row.map((c) => c.replace(/\s*\n\s*/g, ' '))).filter((row) => row.some((c) => c !== ''));
  const first = cells[0];
  if (first && /^(stt|ho (va )?ten|ten)/.test(fold(first[0] ?? '')) && first.some((c) => /don vi|danh hieu|hinh thuc/.test(fold(c)))) cells.shift();
  return cells
    .map((row) => (/^\d+\.?$/.test(row[0] ?? '') && row.length >= 5 ? row.slice(1) : row))
    .map(([name = '', position = '', unit = '', type = '', achievement = '']) => ({ name, position, unit, type, achievement }));
}
