// Account management: ADMIN only, called directly; changes that must end sessions bump
// the session version; the last administrator cannot be removed.
import { afterAll, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { signIn } from '../support/acting-as';

const { createUser, updateUser } = await import('@/lib/auth/actions/users');
const { verifyPassword } = await import('@/lib/auth/password');
const prisma = testPrisma();
const as = (id: string | null, role = 'ADMIN') => signIn(id ? { id, role } : null);
const email = `moi-${Date.now()}@bangvang.local`;

afterAll(async () => {
  const user = await prisma.user.findUnique({ where: { email } });
  if (user) {
    await prisma.auditEvent.deleteMany({ where: { entityId: user.id } });
    await prisma.user.delete({ where: { id: user.id } });
  }
  await prisma.$disconnect();
});

describe('accounts', () => {
  it.each([
    ['user-editor', 'EDITOR'],
    ['user-reporter', 'REPORTER'],
    ['user-registrar', 'REGISTRAR'],
  ])('refuses %s (%s)', async (id, role) => {
    as(id, role);
    expect(await createUser({ email, name: 'Người Mới', role: 'ADMIN', password: 'mat-khau-du-dai-123' })).toMatchObject({ ok: false, message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' });
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it('lets an admin create an account with a hashed password, once per e-mail', async () => {
    as('user-admin');
    expect(await createUser({ email, name: 'Người Mới', role: 'REPORTER', password: 'ngan' })).toMatchObject({ ok: false, fieldErrors: { password: ['Mật khẩu cần ít nhất 12 ký tự'] } });
    expect((await createUser({ email: email.toUpperCase(), name: 'Người Mới', role: 'REPORTER', password: 'mat-khau-du-dai-123' })).ok).toBe(true);
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, 'mat-khau-du-dai-123')).toBe(true);
    expect(await createUser({ email, name: 'Trùng', role: 'REPORTER', password: 'mat-khau-du-dai-123' })).toMatchObject({ ok: false, fieldErrors: { email: ['Email đã được dùng'] } });
  });

  it('ends sessions on role change, new password or deactivation, not on a name change', async () => {
    as('user-admin');
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    await updateUser({ id: user.id, name: 'Tên Mới', role: 'REPORTER', active: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion);
    await updateUser({ id: user.id, name: 'Tên Mới', role: 'EDITOR', active: true });
    await updateUser({ id: user.id, name: 'Tên Mới', role: 'EDITOR', active: true, password: 'mat-khau-moi-dai-456' });
    await updateUser({ id: user.id, name: 'Tên Mới', role: 'EDITOR', active: false });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ name: 'Tên Mới', role: 'EDITOR', active: false, sessionVersion: user.sessionVersion + 3 });
  });

  it('logs every account change as before → after, never the password, and names the account beside its id', async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    const events = await prisma.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { id: 'asc' }, select: { action: true, diff: true } });
    expect(events[0]).toMatchObject({ action: 'user.create', diff: { after: { email, name: 'Người Mới', role: 'REPORTER', active: true } } });
    const updates = events.filter((e) => e.action === 'user.update').map((e) => e.diff);
    expect(updates).toEqual([
      { before: { name: 'Người Mới', role: 'REPORTER', active: true }, after: { name: 'Tên Mới', role: 'REPORTER', active: true } },
      { before: { name: 'Tên Mới', role: 'REPORTER', active: true }, after: { name: 'Tên Mới', role: 'EDITOR', active: true } },
      { before: { name: 'Tên Mới', role: 'EDITOR', active: true }, after: { name: 'Tên Mới', role: 'EDITOR', active: true, password: 'đã đổi' } },
      { before: { name: 'Tên Mới', role: 'EDITOR', active: true }, after: { name: 'Tên Mới', role: 'EDITOR', active: false } },
    ]);
    expect(JSON.stringify(events)).not.toContain('mat-khau');
    // The log page's read names the account (its name now, and e-mail) beside the id.
    const { listAuditEvents } = await import('@/lib/audit/data/events');
    const page = await listAuditEvents({ entity: 'user', page: 1 });
    const shown = page.events.find((e) => e.entityId === user.id);
    expect(shown?.subject).toBe(`Tên Mới (${email})`);
  });

  it('keeps at least one active administrator', async () => {
    as('user-admin');
    const r = await updateUser({ id: 'user-admin', name: 'Quản trị', role: 'EDITOR', active: true });
    expect(r).toMatchObject({ ok: false, message: 'Không thể bỏ quyền hoặc khóa quản trị viên cuối cùng.' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: 'user-admin' } })).role).toBe('ADMIN');
  });
});
