import 'server-only';
// Importing a register from the spreadsheets offices keep (XLSX or CSV, one row per
// recipient, optional decision columns). Reading refuses what is not a spreadsheet, is
// too big, or is not UTF-8; the preview classifies every row before anything is written
// (existing record, new record, already in the register, or wrong with the reason); the
// import writes in one transaction, all rows or the valid ones as the registrar chose.
// Re-importing a file finds its rows already in the register and writes nothing again.
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { CurrentUser } from '@/lib/auth';
import { ActionError, commitChange } from '@/lib/actions/with-role';
import { tags } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { loadCatalogue, nameKey, resolveRows, type ResolvedRow } from '@/lib/registry/recipients';
import { createdRecordsAudit, createNewRecipients, recipientColumns, recipientKey } from '@/lib/registry/recipients-write';
import { slugify } from '@/lib/slug';
import { cleanText } from '@/lib/validations/clean-input';

export const IMPORT_MAX_BYTES = 8 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;

export class ImportRejected extends Error {}

type Field = 'number' | 'signedAt' | 'authority' | 'signerName' | 'signerTitle' | 'year' | 'name' | 'position' | 'unit' | 'type' | 'achievement';

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

const FORMULA_MARK = '\u0000formula';

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

const fold = (s: string) => nameKey(s);

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

export interface ImportTarget {
  decisionId?: string;
}

export type RowStatus = ResolvedRow['status'] | 'duplicate';

export interface PreviewRow extends Omit<ResolvedRow, 'status'> {
  line: number;
  status: RowStatus;
  decisionLabel: string;
  decisionKey: string;
  year: number | null;
}

interface DecisionGroup {
  key: string;
  existingId: string | null;
  number: string;
  authority: string;
  signedAt: Date | null;
  signerName: string;
  signerTitle: string;
  year: number | null;
  problems: string[];
}

function parseDate(text: string | undefined): Date | null {
  if (!text) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [+iso[1]!, +iso[2]!, +iso[3]!] : vn ? [+vn[3]!, +vn[2]!, +vn[1]!] : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(y, m - 1, d));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== d || y < 1945 || date.getTime() > Date.now() + 86_400_000 ? null : date;
}

/** Every row classified, with the decision it belongs to (nothing is written). */
export async function previewImport(
  sheet: string[][],
  target: ImportTarget,
  client: Prisma.TransactionClient = db,
): Promise<{ rows: PreviewRow[]; groups: DecisionGroup[]; hasDecisionColumns: boolean }> {
  const { rows, hasDecisionColumns } = mapRows(sheet);
  if (rows.length === 0) throw new ImportRejected('Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.');
  if (rows.length > IMPORT_MAX_ROWS) throw new ImportRejected(`Tệp có ${rows.length.toLocaleString('vi-VN')} dòng, nhiều hơn ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')}: hãy chia nhỏ tệp.`);
  if (!hasDecisionColumns && !target.decisionId) throw new ImportRejected('Tệp không có cột "Số quyết định": hãy chọn quyết định có sẵn để nhập danh sách vào.');

  // Decisions: the chosen one, or one per (authority, number) in the file.
  const groups = new Map<string, DecisionGroup>();
  const targetDecision = target.decisionId
    ? await client.decision.findUnique({ where: { id: target.decisionId }, select: { id: true, number: true, issuingAuthority: true, signedAt: true, signerName: true, signerTitle: true, awards: { select: { year: true }, take: 1 } } })
    : null;
  if (target.decisionId && !targetDecision) throw new ImportRejected('Quyết định đã chọn không còn tồn tại.');
  const groupOf = (row: ImportRow): DecisionGroup => {
    if (targetDecision) {
      const key = targetDecision.id;
      if (!groups.has(key)) {
        groups.set(key, {
          key,
          existingId: targetDecision.id,
          number: targetDecision.number,
          authority: targetDecision.issuingAuthority,
          signedAt: targetDecision.signedAt,
          signerName: targetDecision.signerName,
          signerTitle: targetDecision.signerTitle,
          year: targetDecision.awards[0]?.year ?? null,
          problems: [],
        });
      }
      return groups.get(key)!;
    }
    const number = row.values.number?.trim() ?? '';
    const authority = row.values.authority?.trim() ?? '';
    const key = `${fold(authority)}|${fold(number)}`;
    if (!groups.has(key)) {
      groups.set(key, { key, existingId: null, number, authority, signedAt: parseDate(row.values.signedAt), signerName: row.values.signerName ?? '', signerTitle: row.values.signerTitle ?? '', year: null, problems: [] });
    }
    return groups.get(key)!;
  };
  const rowGroups = rows.map(groupOf);
  if (!targetDecision) {
    const existing = await client.decision.findMany({
      where: { OR: [...groups.values()].filter((g) => g.number && g.authority).map((g) => ({ number: g.number, issuingAuthority: g.authority })) },
      select: { id: true, number: true, issuingAuthority: true },
    });
    for (const g of groups.values()) {
      g.existingId = existing.find((e) => fold(e.number) === fold(g.number) && fold(e.issuingAuthority) === fold(g.authority))?.id ?? null;
      if (g.existingId) continue;
      if (!g.number) g.problems.push('Thiếu số quyết định');
      else if (!/^[\p{L}\p{N}][\p{L}\p{N}/.\-–]*$/u.test(g.number) || g.number.length > 50) g.problems.push(`Số quyết định "${g.number}" không hợp lệ`);
      if (!g.authority) g.problems.push('Thiếu cơ quan ban hành');
      if (!g.signedAt) g.problems.push('Thiếu hoặc sai ngày ký (dd/mm/yyyy)');
      if (!g.signerName) g.problems.push('Thiếu người ký');
      if (!g.signerTitle) g.problems.push('Thiếu chức vụ người ký');
    }
  }

  const years = rows.map((row, i) => {
    const text = row.values.year;
    const y = text ? Number(text) : (rowGroups[i]!.year ?? (rowGroups[i]!.signedAt ? rowGroups[i]!.signedAt!.getUTCFullYear() - 1 : NaN));
    return Number.isInteger(y) && y >= 1945 && y <= 2100 ? y : null;
  });
  const catalogue = await loadCatalogue(client);
  const resolved = await resolveRows(
    rows.map((row, i) => ({ name: row.values.name ?? '', position: row.values.position ?? '', unit: row.values.unit ?? '', type: row.values.type ?? '', achievement: row.values.achievement ?? '', year: years[i] ?? undefined })),
    new Date().getFullYear(),
    catalogue,
    client,
  );

  // Already in the register: the same recipient with the same honour in the same decision.
  const existingIds = [...new Set(rowGroups.map((g) => g.existingId).filter((id): id is string => !!id))];
  const inRegister = existingIds.length
    ? await client.award.findMany({ where: { decisionId: { in: existingIds } }, select: { decisionId: true, typeId: true, individualId: true, collectiveId: true, unitId: true } })
    : [];
  const registered = new Set(inRegister.map((a) => `${a.decisionId}|${a.typeId}|${a.individualId ?? a.collectiveId ?? a.unitId}`));

  const seen = new Map<string, number>();
  const preview = resolved.map((r, i): PreviewRow => {
    const row = rows[i]!;
    const group = rowGroups[i]!;
    const notes = [...r.notes];
    let status: RowStatus = r.status;
    if (group.existingId && r.recordId && r.typeId && registered.has(`${group.existingId}|${r.typeId}|${r.recordId}`)) {
      return { ...r, line: row.line, status: 'duplicate', notes: [`Đã có trong Quyết định số ${group.number}: bỏ qua`], decisionLabel: `${group.number} (${group.authority})`, decisionKey: group.key, year: years[i] ?? null };
    }
    if (row.formulas.length) {
      notes.unshift(`Ô chứa công thức (${row.formulas.join(', ')}): hãy dán giá trị, không dán công thức`);
      status = 'error';
    }
    if (group.problems.length) {
      notes.unshift(...group.problems);
      status = 'error';
    }
    if (years[i] === null) {
      notes.unshift('Thiếu hoặc sai năm thành tích');
      status = 'error';
    }
    const key = `${group.key}|${r.typeId}|${recipientKey({ ...r, unitId: r.unitId })}`;
    const first = seen.get(key);
    if (first !== undefined && r.typeId) {
      notes.unshift(`Trùng với dòng ${first} của tệp`);
      status = 'error';
    } else seen.set(key, row.line);
    return { ...r, line: row.line, status, notes, decisionLabel: `${group.number || '(không số)'}${group.authority ? ` (${group.authority})` : ''}`, decisionKey: group.key, year: years[i] ?? null };
  });
  return { rows: preview, groups: [...groups.values()], hasDecisionColumns };
}

export function summarize(rows: PreviewRow[]) {
  const count = (s: RowStatus) => rows.filter((r) => r.status === s).length;
  return { total: rows.length, existing: count('existing'), new: count('new'), duplicate: count('duplicate'), error: count('error') };
}

/**
 * Writes the preview's rows in one transaction: `onlyValid` skips wrong rows, otherwise a
 * single wrong row writes nothing. Rows already in the register are skipped either way.
 */
export async function commitImport(user: CurrentUser, bytes: Buffer, fileName: string, target: ImportTarget, onlyValid: boolean) {
  const sheet = await readSheet(bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let summary: ReturnType<typeof summarize> | undefined;
  const result = await commitChange(user, async (tx: Prisma.TransactionClient) => {
    // One import at a time, classified and written under the same lock: a second import of
    // the same file waits here, then finds the first one's decisions and rows in its own
    // preview below. (Classified before the lock, its reads could straddle the first
    // import's commit: the decision not there yet, the person's award for that year already
    // there, and the row wrongly refused as a repeat award.) The wait may be a long import.
    await tx.$executeRaw`SET LOCAL statement_timeout = '180s'`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('bang-vang:registry-import'))`;
    let preview: Awaited<ReturnType<typeof previewImport>>;
    try {
      preview = await previewImport(sheet, target, tx);
    } catch (error) {
      if (error instanceof ImportRejected) throw new ActionError(error.message, { file: [error.message] });
      throw error;
    }
    const { rows, groups } = preview;
    summary = summarize(rows);
    if (summary.error > 0 && !onlyValid) {
      throw new ActionError(`Chưa nhập: ${summary.error.toLocaleString('vi-VN')} dòng có lỗi. Hãy sửa tệp, hoặc chọn "chỉ nhập các dòng hợp lệ".`);
    }
    const toWrite = rows.filter((r) => r.status === 'existing' || r.status === 'new');
    if (toWrite.length === 0) return { message: 'Không có dòng mới để nhập: mọi dòng hợp lệ đã có trong sổ.', data: { written: 0, decisions: 0, records: 0 }, audit: [], tags: [] };
    // Decisions: the existing ones, and the new ones created in one query.
    const used = new Set(toWrite.map((r) => r.decisionKey));
    const wanted = groups.filter((g) => used.has(g.key));
    const decisionIds = new Map<string, string>(wanted.filter((g) => g.existingId).map((g) => [g.key, g.existingId!]));
    const fresh = wanted.filter((g) => !g.existingId);
    let newDecisions = 0;
    if (fresh.length) {
      const slugs = fresh.map((g) => slugify(`${g.number} ${g.signedAt!.getUTCFullYear()}`));
      const taken = new Set((await tx.decision.findMany({ where: { slug: { in: slugs } }, select: { slug: true } })).map((d) => d.slug));
      const made = await tx.decision.createManyAndReturn({
        data: fresh.map((g, i) => ({
          // Two numbers of one file that make the same slug, or a slug in use: a suffix.
          slug: taken.has(slugs[i]!) || slugs.indexOf(slugs[i]!) !== i ? `${slugs[i]}-${sha256.slice(0, 6)}-${i}` : slugs[i]!,
          number: g.number,
          signedAt: g.signedAt!,
          issuingAuthority: g.authority,
          signerName: g.signerName,
          signerTitle: g.signerTitle,
          category: 'PERIODIC' as const,
        })),
        select: { id: true, issuingAuthority: true, number: true },
      });
      // Matched by their unique (authority, number), not by the order rows come back in.
      for (const g of fresh) decisionIds.set(g.key, made.find((d) => d.issuingAuthority === g.authority && d.number === g.number)!.id);
      newDecisions = made.length;
    }
    const created = await createNewRecipients(tx, toWrite.map((r) => ({ ...r, position: r.position || null })), new Date());
    // New rows go after the decision's existing ones.
    const counts = await tx.award.groupBy({ by: ['decisionId'], where: { decisionId: { in: [...decisionIds.values()] } }, _count: { _all: true } });
    const positions = new Map<string, number>([...decisionIds.values()].map((id) => [id, counts.find((c) => c.decisionId === id)?._count._all ?? 0]));
    const data = toWrite.map((r) => {
      const decisionId = decisionIds.get(r.decisionKey)!;
      const position = positions.get(decisionId)!;
      positions.set(decisionId, position + 1);
      const recipient = r.recordId ?? created.get(recipientKey(r))!;
      return { decisionId, typeId: r.typeId!, year: r.year!, achievement: r.achievement || null, position, ...recipientColumns(r.kind, recipient) };
    });
    for (let i = 0; i < data.length; i += 2000) await tx.award.createMany({ data: data.slice(i, i + 2000) });
    const written = data.length;
    return {
      message: `Đã nhập ${written.toLocaleString('vi-VN')} lượt khen thưởng (${newDecisions} quyết định mới, ${created.size.toLocaleString('vi-VN')} hồ sơ mới)${summary.duplicate ? `; bỏ qua ${summary.duplicate} dòng đã có` : ''}${summary.error ? `; bỏ qua ${summary.error} dòng lỗi` : ''}.`,
      data: { written, decisions: newDecisions, records: created.size },
      audit: [
        { action: 'registry.import', entity: 'import', entityId: sha256.slice(0, 32), diff: { fileName: fileName.slice(0, 200), sha256, summary, written, decisions: [...decisionIds.values()] } },
        ...createdRecordsAudit(created, `import:${sha256.slice(0, 12)}`),
      ],
      tags: [tags.registry, tags.sitemap],
    };
    // A 20,000-row register on a busy server: more than an ordinary action's 30 s.
  }, { timeout: 180_000, inRoute: true });
  return { ...result, summary };
}
