// Builds a Prisma client on the `pg` driver adapter. Used by lib/db.ts (the app's one
// client) and by scripts and tests, which pass their own URL.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export type Db = PrismaClient;

export function createPrismaClient(url: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.max ?? 10,
    // Fail fast instead of queueing forever when the database is gone.
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}
