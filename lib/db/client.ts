// Builds a Prisma client on the `pg` driver adapter. Used by lib/db.ts (the app's one
// client) and by scripts and tests, which pass their own URL.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export type Db = PrismaClient;

/**
 * No single statement of a page or a save runs this long: a slower one is cut, not left
 * hanging. Seeding and data generation (scripts) pass 0: no limit. `next build`
 * prerenders many pages at once with nobody waiting on them: two minutes there.
 */
export const STATEMENT_TIMEOUT_MS =
  Number(process.env.DB_STATEMENT_TIMEOUT_MS) || (process.env.NEXT_PHASE === 'phase-production-build' ? 120_000 : 15_000);

export function createPrismaClient(url: string, options: { max?: number; statementTimeoutMs?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.max ?? 10,
    // Fail fast instead of queueing forever when the database is gone.
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    // Set by the server on each connection: a runaway query is cancelled (SQLSTATE 57014),
    // and a transaction left open by a crashed request cannot hold its locks for long.
    statement_timeout: options.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: 60_000,
  });
  return new PrismaClient({ adapter });
}
