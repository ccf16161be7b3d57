// The account behind a session token, as the database has it now: null when the account is
// gone, deactivated, or its sessions were ended (a role change, a new password) since the
// token was issued. The one rule for getCurrentUser() (lib/auth.ts) and the proxy.
import 'server-only';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';

export interface LiveAccount {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export async function liveAccount(uid: string | undefined, sessionVersion: number | undefined): Promise<LiveAccount | null> {
  if (!uid) return null;
  const user = await db.user.findUnique({ where: { id: uid }, select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true } });
  if (!user || !user.active || (sessionVersion ?? 0) !== user.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
