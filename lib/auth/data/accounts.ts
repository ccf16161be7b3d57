// Accounts as sign-in and sessions read them. liveAccount is the account behind a session
// token as the database has it now: null when the account is gone, deactivated, or its
// sessions were ended (a role change, a new password) since the token was issued — the one
// rule for getCurrentUser() (lib/auth/session.ts) and the proxy.
import 'server-only';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';

export interface LiveAccount {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** A unit officer's unit; null for every other role. */
  unitId: string | null;
}

export async function liveAccount(uid: string | undefined, sessionVersion: number | undefined): Promise<LiveAccount | null> {
  if (!uid) return null;
  const user = await db.user.findUnique({ where: { id: uid }, select: { id: true, name: true, email: true, role: true, unitId: true, active: true, sessionVersion: true } });
  if (!user || !user.active || (sessionVersion ?? 0) !== user.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, unitId: user.unitId };
}

/** The account an e-mail address signs in to, with what the password check needs. */
export async function findSignInAccount(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true, passwordHash: true },
  });
}

export async function markSignedIn(id: string): Promise<void> {
  await db.user.update({ where: { id }, data: { lastLoginAt: new Date() } });
}

// The administrator's account screens (uncached: they show the latest save).

/** Every account, active ones first, by name. */
export async function listAccounts() {
  return db.user.findMany({
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
    select: { id: true, name: true, email: true, role: true, active: true, lastLoginAt: true, unit: { select: { name: true } } },
  });
}

export async function getAccountForEdit(id: string) {
  return db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, role: true, active: true, unitId: true } });
}
