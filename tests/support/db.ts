import pg from 'pg';
import { inject } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';

/**
 * This worker's throwaway database (tests/integration/global-setup.ts makes one per worker
 * slot, all copies of one migrated and seeded database): files in other workers, running
 * at the same time, never see what this one writes.
 */
export function testDatabaseUrl(): string {
  const urls = inject('databaseUrls');
  const slot = Number(process.env.VITEST_POOL_ID ?? '1');
  const url = urls[slot - 1];
  if (!url) throw new Error(`no test database for worker ${slot} (${urls.length} made)`);
  return url;
}

/**
 * The seeded database as it was before any test ran (the copies' template), for a test that
 * needs the demo content exactly: the files of a worker share its copy and change it.
 */
export function seededDatabaseUrl(): string {
  return inject('seededUrl');
}

/** A Prisma client on this worker's throwaway database. */
export function testPrisma() {
  return createPrismaClient(testDatabaseUrl(), { max: 3 });
}

/** A plain pg client on this worker's database, for SQL the ORM would refuse to send. */
export async function testPg(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  return client;
}
