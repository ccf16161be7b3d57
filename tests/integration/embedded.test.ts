// The embedded default: with no DATABASE_URL, the launcher starts PGlite in a data folder,
// applies the migrations with Prisma's own command, loads the demo content on first start
// and hands the command a working DATABASE_URL. (The e2e suite then serves real pages
// from the same mode.)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'bv-embedded-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runLauncher(command: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EMBEDDED_DB_DIR: path.join(work, 'pglite'),
    EMBEDDED_DB_PORT: String(55_000 + (process.pid % 5_000)),
    MEDIA_DIR: path.join(work, 'media'),
  };
  delete env.DATABASE_URL;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'prisma/scripts/with-db.ts', '--', ...command], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

// Prints what the home page would need: published stories and in-force decisions.
const probe = `
const pg = require('pg');
const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
c.connect()
  .then(() => c.query("SELECT (SELECT count(*) FROM articles WHERE status = 'PUBLISHED') AS a, (SELECT count(*) FROM decisions) AS d, unaccent('Thi đua, khen thưởng') AS u"))
  .then((r) => { console.log('PROBE ' + JSON.stringify(r.rows[0])); return c.end(); })
  .catch((e) => { console.error(e); process.exit(1); });`;

describe('embedded mode', () => {
  it('starts, migrates, seeds on first start and serves the command', { timeout: 240_000 }, async () => {
    const first = await runLauncher(['node', '-e', probe]);
    expect(first.stderr).not.toMatch(/Error/);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Đang nạp dữ liệu mẫu');
    const line = first.stdout.split('\n').find((l) => l.startsWith('PROBE '))!;
    const data = JSON.parse(line.slice(6)) as { a: string; d: string; u: string };
    expect(Number(data.a)).toBeGreaterThanOrEqual(40);
    expect(Number(data.d)).toBeGreaterThan(10);
    expect(data.u).toBe('Thi dua, khen thuong');

    // Second start: same data folder, no re-seed, the same content.
    const second = await runLauncher(['node', '-e', probe]);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('Đang nạp dữ liệu mẫu');
    expect(second.stdout).toContain(line);
  });

  // The command's connections all share PGlite's one session (the pages' Prisma client, the
  // proxy's, the job queue's): statements sent at once from several connections, some in
  // transactions, must each get their own answer — not another's rows, nor "bind message
  // supplies 2 parameters, but prepared statement \"\" requires 3" (another connection's
  // transaction landing between a statement's Parse and its Bind, seen in the e2e suite
  // with two browsers at once).
  it('answers each of many connections querying at once with its own rows', { timeout: 180_000 }, async () => {
    const concurrent = `
const pg = require('pg');
(async () => {
  const clients = await Promise.all(Array.from({ length: 8 }, async () => { const c = new pg.Client({ connectionString: process.env.DATABASE_URL }); await c.connect(); return c; }));
  let wrong = 0; const errors = new Set();
  await Promise.all(clients.map(async (c, n) => {
    for (let i = 0; i < 150; i++) {
      try {
        // Different parameter counts and columns per connection: a mixed-up Bind shows.
        const params = Array.from({ length: 1 + (n % 3) }, (_, k) => n * 1000 + i + k);
        const sql = 'SELECT ' + params.map((_, k) => '$' + (k + 1) + '::int AS c' + n + '_' + k).join(', ');
        // Every other connection works in transactions, as Prisma's writes do.
        const tx = n % 2 === 1 && i % 3 === 0;
        if (tx) await c.query('BEGIN');
        const r = await c.query(sql, params);
        if (tx) await c.query('COMMIT');
        if (r.rows.length !== 1 || params.some((p, k) => r.rows[0]['c' + n + '_' + k] !== p)) wrong++;
      } catch (e) { errors.add(String(e.message)); }
    }
  }));
  console.log('CONCURRENT ' + JSON.stringify({ wrong, errors: [...errors] }));
  await Promise.all(clients.map((c) => c.end()));
})().catch((e) => { console.error(e); process.exit(1); });`;
    const result = await runLauncher(['node', '-e', concurrent]);
    expect(result.code, result.stderr).toBe(0);
    const line = result.stdout.split('\n').find((l) => l.startsWith('CONCURRENT '))!;
    expect(JSON.parse(line.slice(11))).toEqual({ wrong: 0, errors: [] });
  });

  it('passes the command\'s exit code through', { timeout: 120_000 }, async () => {
    const result = await runLauncher(['node', '-e', 'process.exit(3)']);
    expect(result.code).toBe(3);
  });
});
