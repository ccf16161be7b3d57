// The embedded database serves every connection on one PGlite session (the proxy's own
// Prisma client, the pages' and the job queue's each hold a connection): many connections
// querying at once each get their own rows, and while one is in a transaction another's
// statement waits for its end instead of running inside it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/db/embedded';

const work = mkdtempSync(path.join(os.tmpdir(), 'bv-protocol-'));
let server: EmbeddedPostgres;

beforeAll(async () => {
  server = await startEmbeddedPostgres({ dataDir: path.join(work, 'pglite'), port: 56_000 + (process.pid % 4_000) });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('the embedded server under concurrent connections', () => {
  it('gives every client its own result, and keeps a transaction to its connection', { timeout: 120_000 }, async () => {
    const clients = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const client = new pg.Client({ connectionString: server.url });
        await client.connect();
        return client;
      }),
    );
    try {
      const wrong: string[] = [];
      await Promise.all(
        clients.map(async (client, c) => {
          for (let i = 0; i < 60; i++) {
            // Different shapes per client (column names, types), each with parameters: the
            // extended protocol, as Prisma's driver adapter sends every query.
            const { rows } = await client.query(`SELECT $1::int AS client_${c}, $2::text AS label, generate_series(1, $3::int) AS n`, [c, `k${c}-${i}`, 1 + (i % 3)]);
            if (rows.length !== 1 + (i % 3) || rows.some((r: Record<string, unknown>) => r[`client_${c}`] !== c || r.label !== `k${c}-${i}`)) wrong.push(`client ${c}, query ${i}: ${JSON.stringify(rows)}`);
          }
        }),
      );
      expect(wrong).toEqual([]);
      // While one connection is in a transaction, another's statement waits for its end
      // (one session: it would otherwise run inside that transaction), then gets its own row.
      await clients[0]!.query('BEGIN');
      await clients[0]!.query('CREATE TEMP TABLE probe (x int)');
      const outside = clients[1]!.query('SELECT $1::int AS y', [2]);
      const inside = await clients[0]!.query('INSERT INTO probe VALUES ($1) RETURNING x', [1]);
      await clients[0]!.query('ROLLBACK');
      expect(inside.rows).toEqual([{ x: 1 }]);
      expect((await outside).rows).toEqual([{ y: 2 }]);
      // The rolled-back table is gone for everyone.
      await expect(clients[1]!.query('SELECT * FROM probe')).rejects.toThrow(/probe/);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });
});
