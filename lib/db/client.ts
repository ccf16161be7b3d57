// Builds a Prisma client on the `pg` driver adapter. Used by lib/db/index.ts (the app's one
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

export function createPrismaClient(
  url: string,
  options: { max?: number; statementTimeoutMs?: number; connectionTimeoutMs?: number } = {},
): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.max ?? 10,
    // Fail fast instead of queueing forever when the database is gone.
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 10_000,
    idleTimeoutMillis: 30_000,
    // Set by the server on each connection: a runaway query is cancelled (SQLSTATE 57014),
    // and a transaction left open by a crashed request cannot hold its locks for long.
    statement_timeout: options.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: 60_000,
  });
  return new PrismaClient({ adapter });
}

// Driver-adapter error kinds and PostgreSQL codes that say "this server cannot serve you
// now" (refused, reset, timed out, shutting down, starting, too many clients), as opposed
// to an error in the query itself.
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);
const UNREACHABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|ECONNREFUSED|ECONNRESET/i;

/**
 * True when a Prisma error means the database server could not be reached or dropped the
 * connection (SQLSTATE classes 08 and 57P: connection failure, admin shutdown, crash,
 * cannot connect now), not when the query was wrong or cancelled (57014).
 */
export function isUnreachable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { kind?: string; code?: string } } } }).meta;
  const cause = meta?.driverAdapterError?.cause;
  if (cause?.kind && UNREACHABLE_KINDS.has(cause.kind)) return true;
  const code = cause?.kind === 'postgres' ? cause.code : undefined;
  if (code && (code.startsWith('08') || /^57P0[1-4]$/.test(code))) return true;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && UNREACHABLE_MESSAGES.test(message);
}
