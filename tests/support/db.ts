import pg from 'pg';
import { inject } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';

/** A Prisma client on this run's throwaway database. */
export function testPrisma() {
  return createPrismaClient(inject('databaseUrl'), { max: 3 });
}

/** A plain pg client on this run's database, for SQL the ORM would refuse to send. */
export async function testPg(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  return client;
}
