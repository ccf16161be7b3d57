// Who is signed in, for every protected page and Server Action: the session checked against
// the database on each call, and the gate of the newsroom's pages.
import 'server-only';
import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { liveAccount } from '@/lib/auth/data/accounts';
import { authOptions } from '@/lib/auth/options';
import type { Role } from '@/lib/generated/prisma/enums';

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** A unit officer's unit (the root of what they may see and do); null for other roles. */
  unitId: string | null;
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

/**
 * The gate of every newsroom page: signed in (checked against the database), with one of
 * the roles the page needs. Pages call it themselves; the layout's call is only the first.
 */
export async function requireStaff(roles: readonly Role[], from = '/admin'): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/dang-nhap?next=${encodeURIComponent(from)}`);
  if (!hasRole(user, roles)) forbidden();
  return user;
}
