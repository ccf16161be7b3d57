// The registrar's revocation: who may, what it takes, and that every public count drops
// at once (the registry tag is revalidated) while the decision stays on record.
import { afterAll, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { cacheCalls, signIn } from '../support/acting-as';

const updated = cacheCalls.updated;

const { revokeDecision, withdrawRevocation } = await import('@/lib/registry/actions/decisions');
const { countAwards } = await import('@/lib/registry/data/awards');
const { getDecisionPage } = await import('@/lib/registry/data/decisions');
const { awardFilters } = await import('@/lib/registry/schemas/filters');
const prisma = testPrisma();
const ID = 'dec-cttd-tinh-2023';
const as = (id: string, role: string) => signIn({ id, role });

afterAll(async () => {
  await prisma.decision.update({ where: { id: ID }, data: { status: 'IN_FORCE', revokedAt: null, revocationReason: null } });
  await prisma.auditEvent.deleteMany({ where: { entityId: ID } });
  await prisma.$disconnect();
});

describe('revokeDecision', () => {
  it.each([
    ['user-editor', 'EDITOR'],
    ['user-reporter', 'REPORTER'],
  ])('is refused to %s', async (id, role) => {
    as(id, role);
    expect((await revokeDecision({ id: ID, reason: 'Lý do đủ dài để thu hồi.', revokedAt: new Date() })).ok).toBe(false);
    expect((await prisma.decision.findUniqueOrThrow({ where: { id: ID } })).status).toBe('IN_FORCE');
  });

  it('needs a reason, then revokes once: still visible, out of every count, registry revalidated', async () => {
    as('user-registrar', 'REGISTRAR');
    const filters = awardFilters({ type: 'co-thi-dua-cap-tinh' });
    const before = await countAwards(filters);
    expect(await revokeDecision({ id: ID, reason: 'ngắn', revokedAt: new Date() })).toMatchObject({ ok: false, fieldErrors: { reason: [expect.stringContaining('ít nhất 10 ký tự')] } });
    const r = await revokeDecision({ id: ID, reason: 'Thu hồi theo Quyết định số 99/QĐ-UBND: hồ sơ không đủ điều kiện.', revokedAt: new Date() });
    expect(r).toMatchObject({ ok: true, message: 'Đã thu hồi Quyết định số 412/QĐ-UBND.' });
    expect(updated).toEqual(expect.arrayContaining(['registry']));
    expect(await countAwards(filters)).toBe(before - 2);
    expect(await getDecisionPage('412-qd-ubnd-2024')).toMatchObject({ revoked: true, revocationReason: 'Thu hồi theo Quyết định số 99/QĐ-UBND: hồ sơ không đủ điều kiện.' });
    expect((await revokeDecision({ id: ID, reason: 'Thu hồi lần nữa cho chắc.', revokedAt: new Date() })).ok).toBe(false);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: ID, action: 'decision.revoke' } });
    expect(audit.actorId).toBe('user-registrar');
  });
});

describe('withdrawRevocation', () => {
  it('takes the revocation back with a reason: in force and counted again, the revocation kept in the log', async () => {
    const filters = awardFilters({ type: 'co-thi-dua-cap-tinh' });
    const revoked = await countAwards(filters);
    as('user-editor', 'EDITOR');
    expect((await withdrawRevocation({ id: ID, reason: 'Nhập nhầm quyết định thu hồi.' })).ok).toBe(false);
    as('user-registrar', 'REGISTRAR');
    expect(await withdrawRevocation({ id: ID, reason: 'ngắn' })).toMatchObject({ ok: false, fieldErrors: { reason: [expect.stringContaining('ít nhất 10 ký tự')] } });
    expect((await prisma.decision.findUniqueOrThrow({ where: { id: ID } })).status).toBe('REVOKED');
    expect(await withdrawRevocation({ id: ID, reason: 'Nhập nhầm quyết định thu hồi.' })).toMatchObject({ ok: true });
    expect(await prisma.decision.findUniqueOrThrow({ where: { id: ID } })).toMatchObject({ status: 'IN_FORCE', revokedAt: null, revocationReason: null });
    expect(await countAwards(filters)).toBe(revoked + 2);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: ID, action: 'decision.revoke.withdraw' } });
    expect(audit.diff).toMatchObject({ before: { status: 'REVOKED', reason: 'Thu hồi theo Quyết định số 99/QĐ-UBND: hồ sơ không đủ điều kiện.' }, withdrawalReason: 'Nhập nhầm quyết định thu hồi.' });
    expect((await withdrawRevocation({ id: ID, reason: 'Nhập nhầm quyết định thu hồi.' })).ok).toBe(false);
  });
});
