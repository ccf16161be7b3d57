// Sign-in: next-auth with e-mail and password. Sessions are JWTs; every request re-reads
// the account (lib/auth/session.ts) so that deactivation, role or password changes
// (sessionVersion) end old sessions at once.
import 'server-only';
import { randomBytes } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getEnv } from '@/lib/platform/env';
import { clientAddress } from '@/lib/platform/http/client-address';
import type { Role } from '@/lib/generated/prisma/enums';
import { findSignInAccount, markSignedIn } from '@/lib/auth/data/accounts';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { assertSignInAllowed, recordSignInFailure, recordSignInSuccess } from '@/lib/auth/data/sign-in-limit';

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
        const user = await findSignInAccount(parsed.data.email);
        const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), parsed.data.password);
        if (!user || !ok || !user.active) {
          await recordSignInFailure(parsed.data.email, address);
          return null;
        }
        await recordSignInSuccess(parsed.data.email);
        await markSignedIn(user.id);
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

