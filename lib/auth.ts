// Sign-in (next-auth, credentials) and the server-side session helpers every protected
// page and Server Action calls. Sessions are JWTs; each request re-reads the account so
// that deactivation, role or password changes (sessionVersion) end old sessions at once.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { getServerSession, type NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import type { Role } from '@/lib/generated/prisma/enums';
import { hashPassword, verifyPassword } from '@/lib/password';
import { assertSignInAllowed, recordSignInFailure, recordSignInSuccess } from '@/lib/rate-limit';
import { liveAccount } from '@/lib/session-account';

declare module 'next-auth' {
  interface Session {
    user: { id: string; name: string; email: string; role: Role };
    /** The account's sessionVersion when this session was issued. */
    sv: number;
  }
  interface User {
    role: Role;
    sessionVersion: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: Role;
    sv?: number;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

// Verified against when the account does not exist, so both paths cost one Argon2 check
// and timing does not reveal which e-mail addresses have accounts.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')));

/**
 * The client's address as the nearest proxy saw it: X-Real-IP from the shipped nginx
 * (deploy/), else the last X-Forwarded-For hop. Without a proxy a client can forge these,
 * so the per-account limit, which needs no address, is the one that cannot be dodged.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const pick = (name: string) => {
    const v = headers?.[name];
    return Array.isArray(v) ? v[v.length - 1] : v;
  };
  const real = pick('x-real-ip')?.trim();
  if (real) return real.slice(0, 64);
  const hops = pick('x-forwarded-for')?.split(',').map((h) => h.trim()).filter(Boolean);
  return hops?.length ? hops[hops.length - 1]!.slice(0, 64) : null;
}

export const authOptions: NextAuthOptions = {
  secret: getEnv().NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/dang-nhap' },
  providers: [
    CredentialsProvider({
      name: 'Email',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Mật khẩu', type: 'password' } },
      // Thrown errors reach the form as their message (Vietnamese); a null means the one
      // generic "wrong e-mail or password" message, whatever the reason.
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const address = clientAddress(request?.headers);
        await assertSignInAllowed(parsed.data.email, address);
        const user = await db.user.findUnique({ where: { email: parsed.data.email } });
        const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), parsed.data.password);
        if (!user || !ok || !user.active) {
          await recordSignInFailure(parsed.data.email, address);
          return null;
        }
        await recordSignInSuccess(parsed.data.email);
        await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user = { id: token.uid, name: session.user?.name ?? '', email: session.user?.email ?? '', role: token.role };
        session.sv = token.sv ?? 0;
      }
      return session;
    },
  },
};

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/**
 * The signed-in user, checked against the database on every call: a deactivated account,
 * or a token issued before the last role/password change, counts as signed out.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions);
  return liveAccount(session?.user?.id, session?.sv);
}

export function hasRole(user: CurrentUser | null, roles: readonly Role[]): user is CurrentUser {
  return !!user && (user.role === 'ADMIN' || roles.includes(user.role));
}
