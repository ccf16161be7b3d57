import 'server-only';
// The import's preview: every row of a register file classified before anything is written
// (existing record, new record, already in the register, or wrong with the reason), and
// the decisions the file names found or to be created.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { loadCatalogue, resolveRows, type ResolvedRow } from '@/lib/registry/data/recipient-matching';
import { fold, mapRows, type ImportRow } from '@/lib/registry/import/columns';
import { IMPORT_MAX_ROWS, ImportRejected } from '@/lib/registry/import/read-file';
import { recipientKey } from '@/lib/registry/recipients-write';
import { nameKey } from '@/lib/registry/names';

export interface ImportTarget {
  decisionId?: string;
}

export type RowStatus = ResolvedRow['status'] | 'duplicate';

export interface PreviewRow extends Omit<ResolvedRow, 'status'> {
  line: number;
  /** The unit as the file writes it. */
  unitText: string;
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
      return { ...r, line: row.line, unitText: row.values.unit ?? '', status: 'duplicate', notes: [`Đã có trong Quyết định số ${group.number}: bỏ qua`], decisionLabel: `${group.number} (${group.authority})`, decisionKey: group.key, year: years[i] ?? null };
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
    return { ...r, line: row.line, unitText: row.values.unit ?? '', status, notes, decisionLabel: `${group.number || '(không số)'}${group.authority ? ` (${group.authority})` : ''}`, decisionKey: group.key, year: years[i] ?? null };
  });
  return { rows: preview, groups: [...groups.values()], hasDecisionColumns };
}

/**
 * The units the file writes in a way the registry does not know, once per way of writing,
 * with how many rows say so and the closest units (for the registrar to pick, once).
 */
export function unmatchedUnits(rows: PreviewRow[], limit = 200): { text: string; rows: number; suggestions: { id: string; name: string }[] }[] {
  const groups = new Map<string, { text: string; rows: number; suggestions: { id: string; name: string }[] }>();
  for (const r of rows) {
    if (r.unitId || !r.unitText.trim() || r.status === 'duplicate') continue;
    // One line for every way of writing the same name (case, accents and spacing aside).
    const key = nameKey(r.unitText);
    const group = groups.get(key) ?? { text: r.unitText.trim(), rows: 0, suggestions: r.unitSuggestions ?? [] };
    group.rows += 1;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.rows - a.rows).slice(0, limit);
}

export function summarize(rows: PreviewRow[]) {
  const count = (s: RowStatus) => rows.filter((r) => r.status === s).length;
  return { total: rows.length, existing: count('existing'), new: count('new'), duplicate: count('duplicate'), error: count('error') };
}

/**
 * Writes the preview's rows in one transaction: `onlyValid` skips wrong rows, otherwise a
 * single wrong row writes nothing. Rows already in the register are skipped either way.
 */
