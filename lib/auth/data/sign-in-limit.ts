// Failed sign-ins are counted per account and per address in PostgreSQL
// (rate-limiter-flexible's Prisma store, through the app's one client, so it works the
// same on the embedded database), so the limit holds across every app instance and
// restarts. Unknown and known e-mail addresses are counted alike: the limit reveals nothing.
import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';

export const ACCOUNT_LIMIT = { points: 5, duration: 15 * 60, blockDuration: 15 * 60 };
export const ADDRESS_LIMIT = { points: 30, duration: 15 * 60, blockDuration: 15 * 60 };

let limiters: { account: RateLimiterPrisma; address: RateLimiterPrisma } | undefined;

function getLimiters() {
  // The table comes from the migrations (prisma/schema.prisma, model RateLimit).
  const common = { storeClient: db, tableName: 'rateLimit' };
  limiters ??= {
    account: new RateLimiterPrisma({ ...common, keyPrefix: 'signin-account', ...ACCOUNT_LIMIT }),
    address: new RateLimiterPrisma({ ...common, keyPrefix: 'signin-address', ...ADDRESS_LIMIT }),
  };
  return limiters;
}

export class SignInLocked extends Error {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`Đăng nhập sai quá nhiều lần. Hãy thử lại sau ${minutes} phút.`);
  }
}

const accountKey = (email: string) => email.trim().toLowerCase().slice(0, 200);

/** Throws SignInLocked when the account or the address has used up its attempts. */
export async function assertSignInAllowed(email: string, address: string | null): Promise<void> {
  const { account, address: byAddress } = getLimiters();
  const [a, b] = await Promise.all([account.get(accountKey(email)), address ? byAddress.get(address) : Promise.resolve(null)]);
  const blocked = [a && a.consumedPoints >= ACCOUNT_LIMIT.points ? a : null, b && b.consumedPoints >= ADDRESS_LIMIT.points ? b : null].filter(
    (r): r is RateLimiterRes => r !== null,
  );
  if (blocked.length > 0) throw new SignInLocked(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000);
}

/** Counts a failed attempt; throws SignInLocked on the attempt that crosses a limit. */
export async function recordSignInFailure(email: string, address: string | null): Promise<void> {
  const { account, address: byAddress } = getLimiters();
  const results = await Promise.allSettled([account.consume(accountKey(email)), address ? byAddress.consume(address) : Promise.resolve(null)]);
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason);
  const locked = rejected.filter((r): r is RateLimiterRes => r instanceof RateLimiterRes);
  if (locked.length > 0) throw new SignInLocked(Math.max(...locked.map((r) => r.msBeforeNext)) / 1000);
  if (rejected.length > 0) throw rejected[0];
}

/** A successful sign-in clears the account's counter (not the address's). */
export async function recordSignInSuccess(email: string): Promise<void> {
  const { account } = getLimiters();
  const key = accountKey(email);
  // Nothing to clear for an account without failures (the store's delete then throws).
  if (await account.get(key)) await account.delete(key);
}
