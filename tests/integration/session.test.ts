// getCurrentUser() trusts a session only while the account still matches it: JWTs cannot
// be revoked, so deactivation and role/password changes (sessionVersion) must end them.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { session } from '../support/acting-as';

const { getCurrentUser, hasRole } = await import('@/lib/auth/session');
const prisma = testPrisma();
afterAll(async () => {
  await prisma.user.update({ where: { id: 'user-reporter' }, data: { active: true, sessionVersion: 0 } });
  await prisma.$disconnect();
});

beforeEach(() => {
  session.current = { user: { id: 'user-reporter', name: 'x', email: 'phongvien@bangvang.local', role: 'REPORTER' }, sv: 0 };
});

describe('getCurrentUser', () => {
  it('returns the account as the database has it now', async () => {
    expect(await getCurrentUser()).toEqual({ id: 'user-reporter', name: 'Lê Hoàng Nam', email: 'phongvien@bangvang.local', role: 'REPORTER', unitId: null });
  });

  it('is signed out without a session', async () => {
    session.current = null;
    expect(await getCurrentUser()).toBeNull();
  });

  it('ends the session of a deactivated account', async () => {
    await prisma.user.update({ where: { id: 'user-reporter' }, data: { active: false } });
    try {
      expect(await getCurrentUser()).toBeNull();
    } finally {
      await prisma.user.update({ where: { id: 'user-reporter' }, data: { active: true } });
    }
  });

  it('ends sessions issued before a role or password change', async () => {
    await prisma.user.update({ where: { id: 'user-reporter' }, data: { sessionVersion: 1 } });
    expect(await getCurrentUser()).toBeNull();
    session.current!.sv = 1;
    expect(await getCurrentUser()).not.toBeNull();
  });

  it('uses the role from the database, not the one in the token', async () => {
    await prisma.user.update({ where: { id: 'user-reporter' }, data: { sessionVersion: 0 } });
    session.current!.user.role = 'ADMIN';
    const user = await getCurrentUser();
    expect(user?.role).toBe('REPORTER');
    expect(hasRole(user, ['EDITOR'])).toBe(false);
    expect(hasRole(user, ['REPORTER'])).toBe(true);
  });
});
