// Most-read counting without defeating page caching: pages stay static, a small beacon
// reports a view, and counts are added to the database in batches.
//
// A reader (address and browser) counts once per story per DEDUPE_MS. The address — the one
// the deployment trusts, by the rule sign-in uses (lib/auth/session.ts clientAddress) — bounds what
// any number of "readers" behind it can add: PER_ADDRESS_PER_MINUTE views a minute in all,
// and READERS_PER_ADDRESS_PER_STORY readers per story per DEDUPE_MS (an office behind one
// address still counts several people; a script rotating its User-Agent gains nothing
// more). Clients are keyed by salted hashes; addresses are never stored. The limits hold
// per app instance (see README: several instances share the database, not these maps).
import { createHash } from 'node:crypto';

export const DEDUPE_MS = 30 * 60_000;
export const PER_ADDRESS_PER_MINUTE = 20;
export const READERS_PER_ADDRESS_PER_STORY = 5;
const MAX_TRACKED = 100_000;

interface Window {
  windowStart: number;
  count: number;
}

export class ViewCounter {
  private seen = new Map<string, number>(); // reader|article → last counted time
  private perMinute = new Map<string, Window>(); // address → views this minute
  private perStory = new Map<string, Window>(); // address|article → readers counted
  private pending = new Map<string, number>(); // article → views not yet written

  /**
   * Records a view by `reader` (a key of address and browser) from `address` (a key of the
   * address alone; the reader's own key when not given); returns whether it counted.
   */
  record(reader: string, articleId: string, now: number, address: string = reader): boolean {
    if (!take(this.perMinute, address, now, 60_000, PER_ADDRESS_PER_MINUTE)) return false;
    const key = `${reader}|${articleId}`;
    const last = this.seen.get(key);
    if (last !== undefined && now - last < DEDUPE_MS) return false;
    if (!take(this.perStory, `${address}|${articleId}`, now, DEDUPE_MS, READERS_PER_ADDRESS_PER_STORY)) return false;
    this.seen.set(key, now);
    this.pending.set(articleId, (this.pending.get(articleId) ?? 0) + 1);
    if (this.seen.size > MAX_TRACKED || this.perStory.size > MAX_TRACKED) this.prune(now);
    return true;
  }

  /** Takes the pending counts (to be written) and forgets them. */
  drain(): Map<string, number> {
    const out = this.pending;
    this.pending = new Map();
    return out;
  }

  /** Puts counts back after a failed write, so no view is lost. */
  restore(counts: Map<string, number>): void {
    for (const [id, n] of counts) this.pending.set(id, (this.pending.get(id) ?? 0) + n);
  }

  private prune(now: number) {
    for (const [key, time] of this.seen) if (now - time >= DEDUPE_MS) this.seen.delete(key);
    for (const [key, value] of this.perMinute) if (now - value.windowStart >= 60_000) this.perMinute.delete(key);
    for (const [key, value] of this.perStory) if (now - value.windowStart >= DEDUPE_MS) this.perStory.delete(key);
  }
}

/** One more in `key`'s current window of `windowMs`, if fewer than `limit` were taken. */
function take(windows: Map<string, Window>, key: string, now: number, windowMs: number, limit: number): boolean {
  const current = windows.get(key);
  if (current && now - current.windowStart < windowMs) {
    if (current.count >= limit) return false;
    current.count += 1;
    return true;
  }
  windows.set(key, { windowStart: now, count: 1 });
  return true;
}

export function clientKey(address: string, userAgent: string, salt: string): string {
  return createHash('sha256').update(salt).update('\0').update(address).update('\0').update(userAgent).digest('base64url').slice(0, 22);
}

/** The address alone, salted and hashed: what bounds every reader behind it. */
export function addressKey(address: string, salt: string): string {
  return createHash('sha256').update(salt).update('\0address\0').update(address).digest('base64url').slice(0, 22);
}
