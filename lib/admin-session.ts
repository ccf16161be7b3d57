// The gate of every newsroom page: signed in (checked against the database), with one of
// the roles the page needs. Pages call it themselves; the layout's call is only the first.
import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { getCurrentUser, hasRole, type CurrentUser } from '@/lib/auth';
import type { Role } from '@/lib/generated/prisma/enums';

export async function requireStaff(roles: readonly Role[], from = '/admin'): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/dang-nhap?next=${encodeURIComponent(from)}`);
  if (!hasRole(user, roles)) forbidden();
  return user;
}
