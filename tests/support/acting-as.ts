// "As this user, call this action": who the integration tests are signed in as, the request
// an action sees, and what it did to Next's cache. tests/integration/setup.ts points
// next-auth's getServerSession, next/headers and next/cache at this module for every file,
// so no test file mocks them again.
import { seededUsers, type Who } from './users';

export interface TestSession {
  user: { id: string; name: string; email: string; role: string };
  /** The account's sessionVersion when the session was issued. */
  sv: number;
}

/** The session getServerSession answers with; tests may change it in place (a role, sv). */
export const session: { current: TestSession | null } = { current: null };

/** A seeded account by role, any account by id and role, or nobody. */
export type Account = Who | { id: string; role: string; name?: string; email?: string; sv?: number } | null;

export function signIn(account: Account): void {
  if (account === null) session.current = null;
  else if (typeof account === 'string') session.current = { user: { ...seededUsers[account], name: account }, sv: 0 };
  else session.current = { user: { id: account.id, name: account.name ?? 'x', email: account.email ?? 'x@bangvang.local', role: account.role }, sv: account.sv ?? 0 };
}

/** Signs in as `account`, then calls `action` (a Server Action, a route, a staff read). */
export async function asUser<T>(account: Account, action: () => Promise<T>): Promise<T> {
  signIn(account);
  return action();
}

let headers = new Headers();

/** The headers of the request the next actions run in (the client address, for the audit). */
export function requestFrom(ip: string | null): void {
  headers = new Headers(ip ? { 'x-real-ip': ip } : {});
}
export const requestHeaders = () => headers;

/** What actions and routes did to Next's cache, and the second passes they scheduled. */
export const cacheCalls = {
  /** Tags expired by updateTag (Server Actions). */
  updated: [] as string[],
  /** `${tag}:${profile}` of revalidateTag calls (routes, jobs). */
  revalidated: [] as string[],
  secondPasses: [] as string[][],
  /** As inside a Route Handler: updateTag throws, as Next's does outside a Server Action. */
  updateTagThrows: false,
};
