// The fixes lib/db/migration-adapter.ts applies to @prisma/adapter-pg 6.19.3. Each test
// exercises the defect's trigger; together they fail if a fix is removed.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testDatabaseUrl } from '../support/db';
import { createMigrationAdapter } from '@/lib/db/migration-adapter';

const adapterFactory = () => createMigrationAdapter(testDatabaseUrl());
let admin: pg.Client;
beforeAll(async () => {
  admin = new pg.Client({ connectionString: inject('adminUrl') });
  await admin.connect();
});
afterAll(async () => {
  await admin.end();
});

const databaseExists = async (name: string) =>
  (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;

describe('migration adapter', () => {
  it('reads catalog columns of internal types (name, "char") as the schema engine expects', async () => {
    const adapter = await adapterFactory().connect();
    try {
      const result = await adapter.queryRaw({
        sql: `SELECT conname, contype FROM pg_constraint WHERE conname = 'awards_one_recipient'`,
        args: [],
        argTypes: [],
      });
      expect(result.rows).toEqual([['awards_one_recipient', 'c']]);
      // text for `name`, Character (6) for `"char"`.
      expect(result.columnTypes).toEqual([7, 6]);
    } finally {
      await adapter.dispose();
    }
  });

  it('runs a script with a PL/pgSQL body in one piece, and all-or-nothing', async () => {
    const adapter = await adapterFactory().connect();
    try {
      await adapter.executeScript(`
        CREATE FUNCTION bv_test_fn() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
        -- a comment; with a semicolon
        DROP FUNCTION bv_test_fn();`);
      await expect(adapter.executeScript(`CREATE TABLE bv_half_applied (id int); SELECT no_such_column FROM bv_half_applied;`)).rejects.toThrow();
      const leftover = await adapter.queryRaw({ sql: `SELECT to_regclass('bv_half_applied')::text AS t`, args: [], argTypes: [] });
      expect(leftover.rows).toEqual([[null]]);
    } finally {
      await adapter.dispose();
    }
  });

  it('gives the shadow database its own database and drops it when done', async () => {
    const shadow = await adapterFactory().connectToShadowDb();
    const { rows } = await shadow.queryRaw({ sql: 'SELECT current_database()', args: [], argTypes: [] });
    const shadowName = String(rows[0]![0]);
    expect(shadowName).not.toBe(new URL(testDatabaseUrl()).pathname.slice(1));
    expect(await databaseExists(shadowName)).toBe(true);
    await shadow.dispose();
    expect(await databaseExists(shadowName)).toBe(false);
  });
});
