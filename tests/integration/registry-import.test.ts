// Register import from office spreadsheets, through the route as the browser calls it:
// registrars only; the preview classifies rows (good, already in the register, wrong unit,
// missing honour, formulas) and writes nothing; broken encodings and non-spreadsheets are
// refused; the import is all-or-nothing unless "only valid rows" is chosen; re-importing
// the same file writes nothing; a 10,000-row file goes through in one request.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPg, testPrisma } from '../support/db';
import { cacheCalls, signIn } from '../support/acting-as';

// As in Next: updateTag only works inside a Server Action, and this is a Route Handler.
cacheCalls.updateTagThrows = true;
const revalidated = cacheCalls.revalidated;

const { POST } = await import('@/app/api/admin/registry-import/route');
const exportRoute = await import('@/app/api/admin/registry-export/route');
const prisma = testPrisma();
const as = (id: string | null, role = 'REGISTRAR') => signIn(id ? { id, role } : null);
const AUTHORITY = 'UBND tỉnh (kiểm thử nhập tệp)';
const HEADER = ['STT', 'Số quyết định', 'Ngày ký', 'Cơ quan ban hành', 'Người ký', 'Chức vụ người ký', 'Năm thành tích', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Danh hiệu / Hình thức', 'Thành tích'];
let unitName: string;
let person: { fullName: string; unitName: string };

async function xlsx(rows: (string | number | Date | { formula: string })[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG']);
  sheet.addRow(HEADER);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function send(bytes: Buffer, name: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const response = await POST(new Request('http://bangvang.test/api/admin/registry-import', { method: 'POST', body: form, headers: { origin: 'http://bangvang.test', host: 'bangvang.test' } }));
  return {
    status: response.status,
    body: (await response.json()) as {
      ok: boolean;
      message: string;
      summary?: Record<string, number>;
      rows?: { line: number; status: string; notes: string[] }[];
      unmatchedUnits?: { text: string; rows: number; suggestions: { id: string; name: string }[] }[];
      data?: { written: number };
    },
  };
}

const row = (n: number, decision: string, name: string, extra: Partial<Record<'position' | 'unit' | 'type' | 'achievement', string>> = {}) => [
  n,
  decision,
  '20/01/2025',
  AUTHORITY,
  'Nguyễn Văn Ký',
  'Phó Chủ tịch UBND tỉnh',
  2024,
  name,
  extra.position ?? 'Chuyên viên',
  extra.unit ?? unitName,
  extra.type ?? 'Lao động tiên tiến',
  extra.achievement ?? 'Hoàn thành tốt nhiệm vụ',
];

beforeAll(async () => {
  const unit = await prisma.unit.findFirstOrThrow({ where: { parentId: { not: null }, active: true }, select: { name: true } });
  unitName = unit.name;
  const p = await prisma.individual.findFirstOrThrow({ where: { awards: { none: { year: 2024, type: { code: 'LDTT' } } } }, select: { fullName: true, unit: { select: { name: true } } } });
  person = { fullName: p.fullName, unitName: p.unit.name };
});

afterAll(async () => {
  const decisions = await prisma.decision.findMany({ where: { issuingAuthority: AUTHORITY }, select: { id: true } });
  const ids = decisions.map((d) => d.id);
  const created = await prisma.auditEvent.findMany({ where: { action: { in: ['individual.create', 'collective.create'] }, diff: { path: ['via'], string_starts_with: 'import:' } }, select: { entityId: true } });
  await prisma.award.deleteMany({ where: { decisionId: { in: ids } } });
  await prisma.decision.deleteMany({ where: { id: { in: ids } } });
  // Records made by imports, once this file's awards are gone: those left with none (other
  // files on the same database import too, and keep theirs).
  await prisma.individual.deleteMany({ where: { id: { in: created.map((c) => c.entityId) }, awards: { none: {} } } });
  await prisma.collective.deleteMany({ where: { id: { in: created.map((c) => c.entityId) }, awards: { none: {} } } });
});

describe('registry import', () => {
  it('is for registrars and admins, from this site only', async () => {
    const file = await xlsx([row(1, '1/IMP', 'Ai Đó')]);
    as('user-editor', 'EDITOR');
    expect((await send(file, 'a.xlsx')).status).toBe(403);
    as(null);
    expect((await send(file, 'a.xlsx')).status).toBe(401);
  });

  it('refuses what is not a UTF-8 spreadsheet, with the reason', async () => {
    as('user-registrar');
    const latin1 = Buffer.concat([Buffer.from('Họ và tên,Danh hiệu\n'.normalize('NFD').replace(/[\u0300-\u036f]/g, '')), Buffer.from([0x4e, 0x67, 0x75, 0x79, 0xea, 0x6e, 0x2c, 0x41, 0x0a])]);
    expect((await send(latin1, 'ansi.csv')).body.message).toContain('không ở mã UTF-8');
    expect((await send(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'cu.xls')).body.message).toContain('.xls');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect((await send(png, 'anh.xlsx')).body.message).toBe('Tệp không phải bảng tính XLSX hoặc CSV.');
    expect((await send(Buffer.from('PK\u0003\u0004 hỏng'), 'hong.xlsx')).body.message).toContain('tệp hỏng');
    // A "zip bomb": a tiny file whose directory says it unpacks to almost 4 GB.
    const local = Buffer.alloc(30 + 5);
    local.writeUInt32LE(0x04034b50, 0);
    local.write('a.xml', 30);
    const central = Buffer.alloc(46 + 5);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(0xfffffff0, 24);
    central.writeUInt16LE(5, 28);
    central.write('a.xml', 46);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length, 12);
    end.writeUInt32LE(local.length, 16);
    expect((await send(Buffer.concat([local, central, end]), 'bom.xlsx')).body.message).toContain('giải nén ra quá lớn');
    expect((await send(Buffer.from('a,b,c\n1,2,3\n'), 'khong-tieu-de.csv')).body.message).toContain('dòng tiêu đề');
    expect((await send(Buffer.alloc(9 * 1024 * 1024, 0x41), 'to.csv')).status).toBe(413);
  });

  it('previews every row without writing, then imports all or only the valid ones, and a re-import writes nothing', async () => {
    as('user-registrar');
    // Other files (the fault suite) import as the same registrar: count this test's events only.
    const startedAt = new Date();
    const before = await prisma.award.count();
    const file = await xlsx([
      row(1, '11/IMP-TEST', person.fullName.toUpperCase(), { unit: person.unitName }),
      row(2, '11/IMP-TEST', 'Người Nhập Tệp Một'),
      row(3, '11/IMP-TEST', 'Người Nhập Tệp Hai', { unit: 'Đơn vị không có thật' }),
      row(4, '11/IMP-TEST', 'Người Nhập Tệp Ba', { type: '' }),
      row(5, '11/IMP-TEST', 'Người Nhập Tệp Bốn', { achievement: '' }).map((c, i) => (i === 11 ? { formula: 'HYPERLINK("http://evil.example","bấm")' } : c)),
      row(6, '11/IMP-TEST', 'Người Nhập Tệp Một'),
    ]);
    const preview = await send(file, 'danh-sach.xlsx');
    expect(preview.body).toMatchObject({ ok: true, summary: { total: 6, existing: 1, new: 1, duplicate: 0, error: 4 } });
    const notes = Object.fromEntries(preview.body.rows!.map((r) => [r.line, r.notes.join(' | ')]));
    expect(notes[5]).toContain('Không tìm thấy đơn vị "Đơn vị không có thật"');
    expect(notes[6]).toContain('Thiếu danh hiệu / hình thức');
    expect(notes[7]).toContain('Ô chứa công thức');
    expect(notes[8]).toContain('Trùng với dòng 4 của tệp');
    expect(await prisma.award.count()).toBe(before);

    // With errors and without "only valid rows": nothing.
    const refused = await send(file, 'danh-sach.xlsx', { mode: 'commit' });
    expect(refused).toMatchObject({ status: 400, body: { ok: false, message: expect.stringContaining('4 dòng có lỗi') } });
    expect(await prisma.award.count()).toBe(before);

    revalidated.length = 0;
    const done = await send(file, 'danh-sach.xlsx', { mode: 'commit', onlyValid: '1' });
    expect(done.body).toMatchObject({ ok: true, data: { written: 2 } });
    expect(revalidated).toEqual(expect.arrayContaining(['registry:{"expire":0}', 'sitemap:{"expire":0}']));
    expect(await prisma.award.count()).toBe(before + 2);
    expect(await prisma.decision.count({ where: { issuingAuthority: AUTHORITY, number: '11/IMP-TEST' } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: 'registry.import', actorId: 'user-registrar', createdAt: { gte: startedAt } } })).toBe(1);

    // The same file again: the two rows (and the in-file repeat of one) are found in the
    // register; nothing is written.
    const again = await send(file, 'danh-sach.xlsx');
    expect(again.body.summary).toMatchObject({ existing: 0, new: 0, duplicate: 3 });
    const second = await send(file, 'danh-sach.xlsx', { mode: 'commit', onlyValid: '1' });
    expect(second.body).toMatchObject({ ok: true, message: expect.stringContaining('Không có dòng mới') });
    expect(await prisma.award.count()).toBe(before + 2);
    expect(await prisma.individual.count({ where: { fullName: 'Người Nhập Tệp Một' } })).toBe(1);
  });

  it('offers the closest units for a unit the file writes its own way; once picked (and remembered) the file reads clean', async () => {
    const { rememberUnitAlias } = await import('@/lib/registry/actions/units');
    as('user-registrar');
    const file = await xlsx([row(1, '12/IMP-TEST', 'Người Viết Tắt Một', { unit: 'Sở Y tế' }), row(2, '12/IMP-TEST', 'Người Viết Tắt Hai', { unit: 'SỞ Y TẾ' }), row(3, '12/IMP-TEST', 'Người Đủ Tên')]);
    const first = await send(file, 'viet-tat.xlsx');
    expect(first.body.summary).toMatchObject({ total: 3, error: 2 });
    // One line for both ways of writing it (case and accents aside), the closest unit first.
    expect(first.body.unmatchedUnits).toEqual([{ text: 'Sở Y tế', rows: 2, suggestions: expect.arrayContaining([expect.objectContaining({ name: 'Đảng bộ Sở Y tế' })]) }]);
    const unit = first.body.unmatchedUnits![0]!.suggestions.find((u) => u.name === 'Đảng bộ Sở Y tế')!;
    expect(first.body.unmatchedUnits![0]!.suggestions[0]).toEqual(unit);
    // One pick, remembered, covers every row so written.
    expect(await rememberUnitAlias({ text: 'Sở Y tế', unitId: unit.id })).toMatchObject({ ok: true });
    const again = await send(file, 'viet-tat.xlsx');
    expect(again.body.summary).toMatchObject({ total: 3, error: 0, new: 3 });
    expect(again.body.unmatchedUnits).toEqual([]);
    expect(await prisma.award.count({ where: { decision: { number: '12/IMP-TEST' } } })).toBe(0);
    await prisma.unitAlias.deleteMany({ where: { unitId: unit.id } });
    await prisma.auditEvent.deleteMany({ where: { action: 'unit.alias', entityId: unit.id } });
  });

  it('reads CSV (UTF-8, semicolons, BOM) and imports into a chosen decision', async () => {
    as('user-registrar');
    const decision = await prisma.decision.findFirstOrThrow({ where: { issuingAuthority: AUTHORITY, number: '11/IMP-TEST' }, select: { id: true } });
    const csv = '\uFEFFHọ và tên;Chức vụ;Đơn vị;Hình thức;Năm\r\nNgười CSV Một;Kế toán;' + unitName + ';Lao động tiên tiến;2024\r\n"Tổ CSV; Hai";;' + unitName + ';Tập thể lao động tiên tiến;2024\r\n';
    const preview = await send(Buffer.from(csv), 'danh-sach.csv', { decisionId: decision.id });
    expect(preview.body.summary).toMatchObject({ total: 2, new: 2, error: 0 });
    const done = await send(Buffer.from(csv), 'danh-sach.csv', { decisionId: decision.id, mode: 'commit' });
    expect(done.body).toMatchObject({ ok: true, data: { written: 2 } });
    expect(await prisma.collective.count({ where: { name: 'Tổ CSV; Hai' } })).toBe(1);
    // Without decision columns and without a chosen decision: refused with the reason.
    expect((await send(Buffer.from(csv), 'danh-sach.csv')).body.message).toContain('chọn quyết định có sẵn');
  });

  it('writes the rows once when the same file is imported twice at the same time', async () => {
    as('user-registrar');
    const file = await xlsx([row(1, '13/IMP-TEST', 'Người Đồng Thời Một'), row(2, '13/IMP-TEST', 'Người Đồng Thời Hai')]);
    const before = await prisma.award.count();
    const [a, b] = await Promise.all([send(file, 'a.xlsx', { mode: 'commit' }), send(file, 'a.xlsx', { mode: 'commit' })]);
    // Both succeed (one writes, the other finds the rows written); a failure shows its message.
    expect([a.body, b.body]).toMatchObject([{ ok: true }, { ok: true }]);
    expect(await prisma.award.count()).toBe(before + 2);
    expect(await prisma.decision.count({ where: { issuingAuthority: AUTHORITY, number: '13/IMP-TEST' } })).toBe(1);
  });

  it('classifies the rows under the import lock: what was saved while it waited counts', async () => {
    as('user-registrar');
    const file = await xlsx([row(1, '14/IMP-TEST', person.fullName, { unit: person.unitName })]);
    // Another import holds the lock; this one waits for it.
    const holder = await testPg();
    await holder.query('BEGIN');
    await holder.query(`SELECT pg_advisory_xact_lock(hashtext('bang-vang:registry-import'))`);
    const pending = send(file, 'cho.xlsx', { mode: 'commit' });
    try {
      await expect
        .poll(async () => (await holder.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`)).rows[0].n, { timeout: 20_000 })
        .toBe(1);
      // Meanwhile the same person gets the same honour for the same year in another decision.
      const individual = await prisma.individual.findFirstOrThrow({ where: { fullName: person.fullName, unit: { name: person.unitName } }, select: { id: true } });
      const type = await prisma.commendationType.findFirstOrThrow({ where: { code: 'LDTT' }, select: { id: true } });
      await prisma.decision.create({
        data: {
          slug: 'imp-test-khoa-15',
          number: '15/IMP-TEST',
          signedAt: new Date('2025-01-15'),
          issuingAuthority: AUTHORITY,
          signerName: 'Nguyễn Văn Ký',
          signerTitle: 'Phó Chủ tịch UBND tỉnh',
          category: 'PERIODIC',
          awards: { create: { typeId: type.id, year: 2024, individualId: individual.id, position: 0 } },
        },
      });
    } finally {
      await holder.query('COMMIT');
      await holder.end();
    }
    // Classified after the lock: the row is a repeat of that award, and nothing is written.
    const result = await pending;
    expect(result.body).toMatchObject({ ok: false, message: expect.stringContaining('1 dòng có lỗi'), summary: { error: 1 } });
    expect(await prisma.decision.count({ where: { issuingAuthority: AUTHORITY, number: '14/IMP-TEST' } })).toBe(0);
    await prisma.award.deleteMany({ where: { decision: { slug: 'imp-test-khoa-15' } } });
    await prisma.decision.delete({ where: { slug: 'imp-test-khoa-15' } });
  });

  it('exports a decision in the same layout, and importing that export back writes nothing', async () => {
    as('user-registrar');
    const decision = await prisma.decision.findFirstOrThrow({ where: { issuingAuthority: AUTHORITY, number: '11/IMP-TEST' }, select: { id: true, _count: { select: { awards: true } } } });
    const response = await exportRoute.GET(new Request(`http://bangvang.test/api/admin/registry-export?quyet-dinh=${decision.id}`));
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount).toBe(decision._count.awards + 1);
    const back = await send(bytes, 'xuat.xlsx');
    expect(back.body.summary).toMatchObject({ total: decision._count.awards, duplicate: decision._count.awards, error: 0 });
    const template = await exportRoute.GET(new Request('http://bangvang.test/api/admin/registry-export?mau=1'));
    expect((await send(Buffer.from(await template.arrayBuffer()), 'mau.xlsx')).body.summary).toMatchObject({ total: 1 });
    as('user-editor', 'EDITOR');
    expect((await exportRoute.GET(new Request('http://bangvang.test/api/admin/registry-export'))).status).toBe(403);
  });

  it('imports a 10,000-row file in one request', async () => {
    as('user-registrar');
    const rows = Array.from({ length: 10_000 }, (_, i) => row(i + 1, '12/IMP-TEST', `Người Hàng Loạt ${i + 1}`));
    const file = await xlsx(rows);
    const before = await prisma.award.count();
    let started = performance.now();
    const preview = await send(file, 'muoi-nghin.xlsx');
    const previewMs = performance.now() - started;
    expect(preview.body.summary).toMatchObject({ total: 10_000, new: 10_000, error: 0 });
    started = performance.now();
    const done = await send(file, 'muoi-nghin.xlsx', { mode: 'commit' });
    const commitMs = performance.now() - started;
    expect(done.body).toMatchObject({ ok: true, data: { written: 10_000 } });
    expect(await prisma.award.count()).toBe(before + 10_000);
    console.log(`[import] 10,000 rows: preview ${Math.round(previewMs)} ms, import ${Math.round(commitMs)} ms (${(file.length / 1024).toFixed(0)} KB)`);
  }, 120_000);
});
