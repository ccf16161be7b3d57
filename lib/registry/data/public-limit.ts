import 'server-only';
// Limits for the public forms (the council's electronic ballot, readers' comments): points
// per address over a window, kept in PostgreSQL like the sign-in limits (every instance and
// restart sees the same counts). Addresses are kept only as keyed hashes.
import { createHmac } from 'node:crypto';
import { headers } from 'next/headers';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';
import { clientAddress } from '@/lib/platform/http/client-address';
import { internalToken } from '@/lib/platform/internal-token';

export type PublicLimit = { prefix: string; points: number; duration: number };

export const BALLOT_LIMIT: PublicLimit = { prefix: 'ballot-address', points: 20, duration: 15 * 60 };
export const COMMENT_LIMIT: PublicLimit = { prefix: 'comment-address', points: 5, duration: 60 * 60 };

const limiters = new Map<string, RateLimiterPrisma>();

function limiter(limit: PublicLimit): RateLimiterPrisma {
  let found = limiters.get(limit.prefix);
  if (!found) {
    found = new RateLimiterPrisma({ storeClient: db, tableName: 'rateLimit', keyPrefix: limit.prefix, points: limit.points, duration: limit.duration });
    limiters.set(limit.prefix, found);
  }
  return found;
}

/** The sender's address as a keyed hash (the same address gives the same hash, which reveals nothing else). */
export async function hashedRequestAddress(): Promise<string> {
  const address = clientAddress(Object.fromEntries((await headers()).entries())) ?? 'unknown';
  return createHmac('sha256', internalToken('public-address')).update(address).digest('hex').slice(0, 32);
}

/** Counts one use; the Vietnamese refusal when the address has used up its window, else null. */
export async function consumePublic(limit: PublicLimit, addressHash: string): Promise<string | null> {
  try {
    await limiter(limit).consume(addressHash);
    return null;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const minutes = Math.max(1, Math.ceil(error.msBeforeNext / 60_000));
    return `Bạn đã gửi quá nhiều lần. Hãy thử lại sau ${minutes} phút.`;
  }
}
