// Sign-in plumbing: the credentials check behind next-auth (the sign-in page, rate limits
// and role checks per action arrive with the newsroom issue).
import { afterAll, describe, expect, it } from 'vitest';
import { authOptions } from '@/lib/auth/options';
import { DEMO_PASSWORD } from '@/prisma/seed/newsroom';
import { testPrisma } from '../support/db';

type Authorize = (credentials: Record<string, string>, request: unknown) => Promise<unknown>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
const authorize = (email: string, password: string) => provider.options.authorize({ email, password }, {});
const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

describe('credentials sign-in', () => {
  it('accepts the right password (e-mail in any case) and returns the role and session version', async () => {
    const user = await authorize('BienTap@BangVang.local', DEMO_PASSWORD);
    expect(user).toMatchObject({ id: 'user-editor', role: 'EDITOR', sessionVersion: 0 });
  });

  it('refuses a wrong password, an unknown account and malformed input alike', async () => {
    expect(await authorize('bientap@bangvang.local', 'sai-mat-khau')).toBeNull();
    expect(await authorize('khong-ton-tai@bangvang.local', DEMO_PASSWORD)).toBeNull();
    expect(await authorize('not-an-email', DEMO_PASSWORD)).toBeNull();
    expect(await authorize('bientap@bangvang.local', '')).toBeNull();
  });

  it('refuses a deactivated account even with the right password', async () => {
    await prisma.user.update({ where: { id: 'user-reporter-2' }, data: { active: false } });
    try {
      expect(await authorize('phongvien2@bangvang.local', DEMO_PASSWORD)).toBeNull();
    } finally {
      await prisma.user.update({ where: { id: 'user-reporter-2' }, data: { active: true } });
    }
  });

  it('stores passwords as Argon2id hashes at OWASP parameters', async () => {
    const { passwordHash } = await prisma.user.findUniqueOrThrow({ where: { id: 'user-admin' } });
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

