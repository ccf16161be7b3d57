// People and collectives: registrars and admins only; a namesake in the same unit needs
// a confirmation; moving a person keeps the history; consent changes are audited.
import { afterAll, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { signIn } from '../support/acting-as';

const actions = await import('@/lib/registry/actions/recipients');
const prisma = testPrisma();
const as = (id: string, role = 'REGISTRAR') => signIn({ id, role });
const createdPeople: string[] = [];
const createdCollectives: string[] = [];

afterAll(async () => {
  await prisma.individual.deleteMany({ where: { id: { in: createdPeople } } });
  await prisma.collective.deleteMany({ where: { id: { in: createdCollectives } } });
});

describe('people and collectives', () => {
  it('refuses other roles', async () => {
    as('user-editor', 'EDITOR');
    const unit = await prisma.unit.findFirstOrThrow({ select: { id: true } });
    expect(await actions.createIndividual({ fullName: 'Không Được', unitId: unit.id, publicationConsent: 'on' })).toMatchObject({ ok: false, message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' });
    expect(await actions.createCollective({ name: 'Không Được', unitId: unit.id })).toMatchObject({ ok: false });
  });

  it('warns about a namesake in the same unit, creates after confirmation, and moves a person with history', async () => {
    as('user-registrar');
    const existing = await prisma.individual.findFirstOrThrow({ select: { fullName: true, unitId: true } });
    const plain = existing.fullName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    const warned = await actions.createIndividual({ fullName: plain, unitId: existing.unitId, publicationConsent: 'on' });
    expect(warned).toMatchObject({ ok: false, fieldErrors: { fullName: ['Trùng tên với hồ sơ có sẵn trong đơn vị'], confirmDuplicate: [expect.any(String)] } });
    const confirmed = await actions.createIndividual({ fullName: existing.fullName, unitId: existing.unitId, position: 'Chuyên viên', publicationConsent: '', confirmDuplicate: 'on' });
    expect(confirmed).toMatchObject({ ok: true });
    const id = (confirmed as { data: { id: string } }).data.id;
    createdPeople.push(id);
    expect(await prisma.individual.findUniqueOrThrow({ where: { id } })).toMatchObject({ publicationConsent: false, position: 'Chuyên viên' });

    const other = await prisma.unit.findFirstOrThrow({ where: { id: { not: existing.unitId } }, select: { id: true } });
    expect(await actions.moveIndividual({ id, unitId: existing.unitId, movedAt: '2025-03-01' })).toMatchObject({ ok: false, fieldErrors: { unitId: ['Chọn đơn vị khác'] } });
    expect(await actions.moveIndividual({ id, unitId: other.id, position: 'Phó phòng', movedAt: '2025-03-01' })).toMatchObject({ ok: true });
    const moved = await prisma.individual.findUniqueOrThrow({ where: { id }, include: { unitHistory: { orderBy: { startedAt: { sort: 'asc', nulls: 'first' } } } } });
    expect(moved).toMatchObject({ unitId: other.id, position: 'Phó phòng' });
    expect(moved.unitHistory.map((h) => [h.unitId, h.endedAt?.toISOString().slice(0, 10) ?? null])).toEqual([
      [existing.unitId, '2025-03-01'],
      [other.id, null],
    ]);

    expect(await actions.updateIndividual({ id, fullName: existing.fullName, position: 'Phó phòng', publicationConsent: 'on' })).toMatchObject({ ok: true });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'individual.update' } });
    expect(audit.diff).toMatchObject({ before: { publicationConsent: false }, after: { publicationConsent: true } });
  });

  it('warns about a collective of the same name in the unit', async () => {
    as('user-admin', 'ADMIN');
    const existing = await prisma.collective.findFirstOrThrow({ select: { name: true, unitId: true } });
    expect(await actions.createCollective({ name: existing.name.toUpperCase(), unitId: existing.unitId })).toMatchObject({ ok: false, fieldErrors: { name: [expect.any(String)] } });
    const r = await actions.createCollective({ name: `${existing.name} 2`, unitId: existing.unitId });
    expect(r).toMatchObject({ ok: true });
    createdCollectives.push((r as { data: { id: string } }).data.id);
  });
});
