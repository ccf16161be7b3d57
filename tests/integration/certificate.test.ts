// Certificates: registrars and admins print them (others refused), the PDF names the
// honour and carries a QR code that decodes to the public check of that award, and the
// public check keeps the consent rule (initials only for a person who did not consent).
import sharp from 'sharp';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { signIn } from '../support/acting-as';

const { GET } = await import('@/app/api/admin/awards/[id]/certificate/route');
const { certificateQr, renderCertificate } = await import('@/lib/registry/certificate');
const { getAwardForCertificate, getAwardVerification, initials } = await import('@/lib/registry/data/verification');
const prisma = testPrisma();
const as = (id: string | null, role = 'REGISTRAR') => signIn(id ? { id, role } : null);
const call = (id: string) => GET(new Request(`http://bangvang.test/api/admin/awards/${id}/certificate`), { params: Promise.resolve({ id }) });

describe('certificate', () => {
  it('is printed for registrars and admins only, as a one-page PDF linking to the public check', async () => {
    const award = await prisma.award.findFirstOrThrow({ where: { individual: { publicationConsent: true } }, select: { id: true } });
    as(null);
    expect((await call(award.id)).status).toBe(401);
    for (const [id, role] of [['user-editor', 'EDITOR'], ['user-reporter', 'REPORTER']]) {
      as(id!, role);
      expect((await call(award.id)).status).toBe(403);
    }
    for (const [id, role] of [['user-registrar', 'REGISTRAR'], ['user-admin', 'ADMIN']]) {
      as(id!, role);
      const response = await call(award.id);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdf.toString('latin1');
      expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
      expect(text).toContain(`/URI (http://localhost:3000/vinh-danh/xac-minh/${award.id})`);
    }
    as('user-registrar');
    expect((await call('khong-co')).status).toBe(404);
  });

  it('carries a QR code that decodes to the address of the public check', async () => {
    const url = 'https://bangvang.example.vn/vinh-danh/xac-minh/cm0abc123';
    const { data, info } = await sharp(await certificateQr(url)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(url);
  });

  it('renders Vietnamese names, and a revoked decision says so', async () => {
    const award = await prisma.award.findFirstOrThrow({ where: { decision: { status: 'REVOKED' } }, select: { id: true } });
    const dto = (await getAwardForCertificate(award.id))!;
    expect(dto.decision.revoked).toBe(true);
    const pdf = await renderCertificate({ ...dto, recipient: { ...dto.recipient, name: 'Nguyễn Thị Ánh Tuyết' } }, 'http://localhost:3000/x');
    // The full Noto Serif face is embedded (Latin and Vietnamese glyphs in one font).
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerif-Bold/);
  });

  it('shows only initials on the public check of a person who did not consent', async () => {
    const hidden = await prisma.award.findFirstOrThrow({ where: { individual: { publicationConsent: false } }, select: { id: true, individual: { select: { fullName: true } } } });
    const check = (await getAwardVerification(hidden.id))!;
    expect(check.recipient).toMatchObject({ hidden: true, name: initials(hidden.individual!.fullName), slug: null, position: null });
    expect(check.recipient.name).not.toContain(hidden.individual!.fullName.split(' ').pop()!);
    expect(initials('Nguyễn Thị Ánh')).toBe('N. T. Á.');
  });
});
