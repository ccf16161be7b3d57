// The application's Prisma clients (server-only). Reads go through lib/<domain>/data, writes
// through lib/<domain>/actions; nothing else imports the client (npm run lint checks).
//
// `db` is the primary: every write, every transaction, the newsroom's and registrars'
// screens. `reader()` is for public pages: with DATABASE_REPLICA_URLS set it is one of the
// read replicas (picked at random per call by Prisma's read-replicas extension), else the
// primary. A change waits for the replicas (replicasCaughtUp) before the public pages'
// cache tags expire, so a page rendered from a replica right after cannot keep old content.
// A replica that cannot be reached is left out for a while and its reads go to the primary
// (withFallback), so a replica going down costs no page.
import 'server-only';
import { readReplicas } from '@prisma/extension-read-replicas';
import { getEnv } from '@/lib/platform/env';
import { createPrismaClient, isUnreachable, type Db } from '@/lib/db/client';

interface Clients {
  primary: Db;
  replicas: Db[];
  pick: (() => Db) | null;
}

const globalForDb = globalThis as unknown as { bangVangDb?: Clients };

function connect(): Clients {
  const env = getEnv();
  if (!env.DATABASE_URL) {
    throw new Error(
      'DATABASE_URL chưa được đặt. Chạy ứng dụng bằng `npm run dev` / `npm start` (tự khởi động CSDL nhúng) hoặc đặt DATABASE_URL.',
    );
  }
  const primary = createPrismaClient(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX });
  // A replica that does not answer is given 3 s to connect, not 10: the read then goes to
  // the primary, and a reader waits at most that long.
  const replicas = env.DATABASE_REPLICA_URLS.map((url) => createPrismaClient(url, { max: env.DATABASE_POOL_MAX, connectionTimeoutMs: 3_000 }));
  if (replicas.length === 0) return { primary, replicas, pick: null };
  // The extension's types name the default @prisma/client; ours is generated elsewhere.
  const routed = primary.$extends(readReplicas({ replicas: replicas.map((r) => withFallback(r, primary)) as never[] }));
  return { primary, replicas, pick: () => routed.$replica() as unknown as Db };
}

/** A replica that could not be reached is not tried again for this long; the primary reads meanwhile. */
export const REPLICA_RETRY_MS = 10_000;
const replicaDownUntil = new WeakMap<Db, number>();

function replicaIsDown(replica: Db): boolean {
  return (replicaDownUntil.get(replica) ?? 0) > Date.now();
}

function markReplicaDown(replica: Db, error: unknown) {
  if (!replicaIsDown(replica)) console.warn(`[db] read replica unreachable, reading from the primary for ${REPLICA_RETRY_MS / 1000} s:`, (error as Error)?.message?.split('\n').pop());
  replicaDownUntil.set(replica, Date.now() + REPLICA_RETRY_MS);
}

/**
 * The replica's client, with every operation sent to the primary instead while the replica
 * is marked down, and re-run there when the replica turns out to be unreachable. Only
 * reads reach a replica (reader()), so running one again on the primary is safe.
 */
function withFallback(replica: Db, primary: Db): Db {
  const onPrimary = (model: string | undefined, operation: string, args: unknown): Promise<unknown> => {
    const target = model ? (primary as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>>>)[model.charAt(0).toLowerCase() + model.slice(1)]! : (primary as unknown as Record<string, (a: unknown) => Promise<unknown>>);
    const run = target[operation] as (a: unknown) => Promise<unknown>;
    return run.call(target, args);
  };
  return replica.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        if (replicaIsDown(replica)) return onPrimary(model, operation, args);
        try {
          return await query(args);
        } catch (error) {
          if (!isUnreachable(error)) throw error;
          markReplicaDown(replica, error);
          return onPrimary(model, operation, args);
        }
      },
    },
  }) as unknown as Db;
}

// One set of clients per process, kept across dev-server hot reloads.
const clients = globalForDb.bangVangDb ?? connect();
if (process.env.NODE_ENV !== 'production') globalForDb.bangVangDb = clients;

export const db: Db = clients.primary;

/** The client for a public page's reads: a read replica when there are any. */
export function reader(): Db {
  return clients.pick ? clients.pick() : clients.primary;
}

export const hasReplicas = clients.replicas.length > 0;

/**
 * Waits until every replica has replayed what the primary has written so far, up to
 * `timeoutMs`. Called after a change commits, before cache tags expire. Returns false on
 * timeout or when a replica cannot be reached (the caller goes on: the second pass in
 * lib/platform/revalidate.ts expires the tags again).
 */
export async function replicasCaughtUp(timeoutMs = 2_000): Promise<boolean> {
  if (clients.replicas.length === 0) return true;
  try {
    // Bounded even when a replica does not answer at all (a connection attempt alone may
    // take 10 s): a save never waits much longer than `timeoutMs`.
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs + 250)));
    return await Promise.race([waitForReplay(timeoutMs), giveUp]).finally(() => clearTimeout(timer));
  } catch (error) {
    // A replica that cannot be asked is not waited for: the change is committed.
    console.error('[db] replica position', error);
    return false;
  }
}

async function waitForReplay(timeoutMs: number): Promise<boolean> {
  const [{ lsn }] = (await clients.primary.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`) as [{ lsn: string }];
  const deadline = Date.now() + timeoutMs;
  for (const replica of clients.replicas) {
    // One that is down serves no reads (they go to the primary): nothing to wait for.
    if (replicaIsDown(replica)) continue;
    for (;;) {
      let row: { replayed: boolean | null } | undefined;
      try {
        [row] = await replica.$queryRaw<{ replayed: boolean | null }[]>`SELECT pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn AS replayed`;
      } catch (error) {
        if (!isUnreachable(error)) throw error;
        markReplicaDown(replica, error);
        break;
      }
      // NULL: the server is not a standby (a misconfigured URL); nothing to wait for.
      if (row?.replayed !== false) break;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  return true;
}

/** One round trip to the primary (the health check). */
export async function pingDatabase(): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
