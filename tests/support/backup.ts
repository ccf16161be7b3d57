// Helpers for the backup tests: throwaway databases, and every table's rows read with
// SQL of their own (not the backup's code), so a restore is compared to its source by
// an independent reading.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { withDatabase } from '../integration/global-setup';

export async function freshDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `bv_${label}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('adminUrl') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: withDatabase(inject('adminUrl'), name),
    async drop() {
      const dropper = new pg.Client({ connectionString: inject('adminUrl') });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** Every public table's rows as sorted JSON texts (Prisma's own bookkeeping left out). */
export async function tableRows(url: string): Promise<Map<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET TimeZone = 'UTC'`);
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    );
    const result = new Map<string, string[]>();
    for (const { name } of tables) {
      const { rows } = await client.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${name}" t`);
      result.set(name, rows.map((r) => r.j).sort());
    }
    return result;
  } finally {
    await client.end();
  }
}

export async function query<R extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, params)).rows;
  } finally {
    await client.end();
  }
}
