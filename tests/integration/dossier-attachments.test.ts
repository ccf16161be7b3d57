// A dossier's files below the browser: attached by the level that holds the dossier, checked
// by their content (PDF, XLSX, JPEG here; a script renamed .pdf and a plain ZIP refused),
// served only to staff who may see the dossier and never by the public media route, taken
// off with the file and row kept, and counted in every backup.
import ExcelJS from 'exceljs';
import type pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestFrom, signIn } from '../support/acting-as';
import { testPg, testPrisma } from '../support/db';
import type { Who } from '../support/users';

requestFrom('203.0.113.21');

const { POST } = await import('@/app/api/admin/dossiers/[id]/attachments/route');
const { GET } = await import('@/app/api/admin/dossiers/[id]/attachments/[attachmentId]/route');
const { GET: publicMedia } = await import('@/app/media/[...key]/route');
const { removeDossierAttachment } = await import('@/lib/registry/actions/attachments');
const { mediaKeys } = await import('@/lib/backup/dump');
const prisma = testPrisma();
let client: pg.Client;

const DRAFT = 'dossier-3'; // the Sở Y tế's draft
const AT_ABOVE = 'dossier-1'; // the Báo tỉnh's, at the Đảng bộ Khối

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function post(dossierId: string, file: { bytes: Buffer; name: string; type: string } | null, headers: Record<string, string> = { origin: 'http://bangvang.test', host: 'bangvang.test' }) {
  const form = new FormData();
  if (file) form.set('file', new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  return POST(new Request(`http://bangvang.test/api/admin/dossiers/${dossierId}/attachments`, { method: 'POST', body: form, headers }), { params: Promise.resolve({ id: dossierId }) });
}
const get = (dossierId: string, attachmentId: string) => GET(new Request('http://bangvang.test/x'), { params: Promise.resolve({ id: dossierId, attachmentId }) });
const as = (who: Who | null) => signIn(who);

beforeAll(async () => {
  client = await testPg();
  // Other files of this worker move the seeded dossiers along: put the two back where the demo has them.
  await prisma.dossier.update({ where: { id: AT_ABOVE }, data: { status: 'SUBMITTED', holderUnitId: 'unit-dbk' } });
  await prisma.dossier.update({ where: { id: DRAFT }, data: { status: 'DRAFT', holderUnitId: 'unit-syt', submittedAt: null } });
});
afterAll(async () => {
  await client.end();
  await prisma.$disconnect();
});

describe('attaching a file', () => {
  let attachmentId = '';

  it('the unit attaches a PDF to its draft; staff who see the dossier download it, nobody else', async () => {
    as('OFFICER_SYT');
    const response = await post(DRAFT, { bytes: pdf, name: 'C:\\Hồ sơ\\Báo cáo thành tích "2026".pdf', type: 'application/pdf' });
    expect(response.status).toBe(201);
    attachmentId = ((await response.json()) as { data: { id: string } }).data.id;
    const row = await prisma.dossierAttachment.findUniqueOrThrow({ where: { id: attachmentId } });
    expect(row).toMatchObject({ dossierId: DRAFT, fileName: 'Báo cáo thành tích 2026.pdf', mimeType: 'application/pdf', size: pdf.length, uploadedById: 'user-officer-syt', removedAt: null });
    expect(row.storageKey).toMatch(/^private\/dossiers\/dossier-3\/[0-9a-f]{32}\.pdf$/);
    expect(await prisma.auditEvent.count({ where: { action: 'dossier.attach', entityId: DRAFT } })).toBe(1);

    const file = await get(DRAFT, attachmentId);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; .*filename\*=UTF-8''B%C3%A1o/);
    expect(file.headers.get('cache-control')).toBe('private, no-store');
    as('OFFICER_DBK');
    expect((await get(DRAFT, attachmentId)).status).toBe(200);

    // Another unit's officer, a registrar before the dossier is sent, an editor, nobody: no.
    as('UNIT_OFFICER');
    expect((await get(DRAFT, attachmentId)).status).toBe(404);
    as('REGISTRAR');
    expect((await get(DRAFT, attachmentId)).status).toBe(404);
    as('EDITOR');
    expect((await get(DRAFT, attachmentId)).status).toBe(403);
    as(null);
    expect((await get(DRAFT, attachmentId)).status).toBe(401);
    // The public media route never serves the private folder, whatever the extension.
    const publicAnswer = await publicMedia(new Request('http://bangvang.test/media/x'), { params: Promise.resolve({ key: row.storageKey.split('/') }) });
    expect(publicAnswer.status).toBe(404);
  });

  it('is recognised by its content: XLSX and JPEG pass; a script named .pdf and a plain ZIP do not', async () => {
    as('OFFICER_SYT');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Danh sách').addRow(['Họ tên', 'Thành tích']);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    expect((await post(DRAFT, { bytes: xlsx, name: 'danh-sach.xlsx', type: 'application/octet-stream' })).status).toBe(201);
    const jpeg = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#c00' } }).jpeg().toBuffer();
    // Named .png by mistake: kept as what it is.
    expect((await post(DRAFT, { bytes: jpeg, name: 'giay-chung-nhan.png', type: 'image/png' })).status).toBe(201);
    expect((await prisma.dossierAttachment.findFirstOrThrow({ where: { dossierId: DRAFT, mimeType: 'image/jpeg' } })).fileName).toBe('giay-chung-nhan.jpg');

    const before = await prisma.dossierAttachment.count();
    const script = await post(DRAFT, { bytes: Buffer.from('<script>alert(1)</script>'), name: 'bao-cao.pdf', type: 'application/pdf' });
    expect(script.status).toBe(400);
    expect(((await script.json()) as { message: string }).message).toContain('PDF, DOCX, XLSX hoặc JPEG');
    const zip = Buffer.from('504b0304140000000800', 'hex');
    expect((await post(DRAFT, { bytes: Buffer.concat([zip, Buffer.alloc(200)]), name: 'bao-cao.docx', type: 'application/zip' })).status).toBe(400);
    expect((await post(DRAFT, null)).status).toBe(400);
    expect((await post(DRAFT, { bytes: Buffer.alloc(10 * 1024 * 1024 + 1, 1), name: 'lon.pdf', type: 'application/pdf' })).status).toBe(413);
    expect((await post(DRAFT, { bytes: pdf, name: 'a.pdf', type: 'application/pdf' }, { origin: 'https://evil.example', host: 'bangvang.test' })).status).toBe(403);
    expect(await prisma.dossierAttachment.count()).toBe(before);
  });

  it('only the level that holds the dossier attaches to it', async () => {
    const before = await prisma.dossierAttachment.count();
    as('UNIT_OFFICER'); // the Báo tỉnh's own dossier, now at the level above
    expect((await post(AT_ABOVE, { bytes: pdf, name: 'bo-sung.pdf', type: 'application/pdf' })).status).toBe(400);
    as('OFFICER_SYT'); // another unit's
    const other = await post(AT_ABOVE, { bytes: pdf, name: 'bo-sung.pdf', type: 'application/pdf' });
    expect(((await other.json()) as { message: string }).message).toContain('không thuộc phạm vi');
    as('EDITOR');
    expect((await post(AT_ABOVE, { bytes: pdf, name: 'bo-sung.pdf', type: 'application/pdf' })).status).toBe(403);
    expect(await prisma.dossierAttachment.count()).toBe(before);
    // The level above adds its own minutes.
    as('OFFICER_DBK');
    expect((await post(AT_ABOVE, { bytes: pdf, name: 'bien-ban-hop.pdf', type: 'application/pdf' })).status).toBe(201);
  });

  it('is taken off by the holder, not lost: the row and the file stay, the backup keeps them', async () => {
    as('UNIT_OFFICER');
    expect(await removeDossierAttachment({ id: DRAFT, attachmentId })).toMatchObject({ ok: false });
    as('OFFICER_SYT');
    expect(await removeDossierAttachment({ id: DRAFT, attachmentId })).toMatchObject({ ok: true });
    expect((await get(DRAFT, attachmentId)).status).toBe(404);
    const row = await prisma.dossierAttachment.findUniqueOrThrow({ where: { id: attachmentId } });
    expect(row).toMatchObject({ removedById: 'user-officer-syt' });
    expect(row.removedAt).not.toBeNull();
    const keys = await mediaKeys(client);
    expect(keys.required).toContain(row.storageKey);
    expect(keys.required.filter((k) => k.startsWith('private/')).length).toBe(await prisma.dossierAttachment.count());
  });
});
