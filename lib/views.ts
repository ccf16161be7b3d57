// Most-read counting without defeating page caching: pages stay static, a small beacon
// reports a view, and counts are added to the database in batches.
//
// One client counts once per story per DEDUPE_MS, and at most PER_CLIENT_PER_MINUTE views
// a minute in all, so hammering the endpoint cannot inflate a story. Clients are keyed by
// a salted hash of their address; addresses are never stored. The limits hold per app
// instance (see README: several instances share the database, not these maps).
import { createHash } from 'node:crypto';

export const DEDUPE_MS = 30 * 60_000;
export const PER_CLIENT_PER_MINUTE = 20;
const MAX_TRACKED = 100_000;

export class ViewCounter {
  private seen = new Map<string, number>(); // client|article → last counted time
  private perMinute = new Map<string, { windowStart: number; count: number }>();
  private pending = new Map<string, number>(); // article → views not yet written

  /** Records a view; returns whether it counted. */
  record(clientKey: string, articleId: string, now: number): boolean {
    const minute = this.perMinute.get(clientKey);
    if (minute && now - minute.windowStart < 60_000) {
      if (minute.count >= PER_CLIENT_PER_MINUTE) return false;
      minute.count += 1;
    } else {
      this.perMinute.set(clientKey, { windowStart: now, count: 1 });
    }
    const key = `${clientKey}|${articleId}`;
    const last = this.seen.get(key);
    if (last !== undefined && now - last < DEDUPE_MS) return false;
    this.seen.set(key, now);
    this.pending.set(articleId, (this.pending.get(articleId) ?? 0) + 1);
    if (this.seen.size > MAX_TRACKED) this.prune(now);
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
  }
}

export function clientKey(address: string, userAgent: string, salt: string): string {
  return createHash('sha256').update(salt).update('\0').update(address).update('\0').update(userAgent).digest('base64url').slice(0, 22);
}
