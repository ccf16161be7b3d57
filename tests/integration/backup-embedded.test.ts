// Backups through the commands a paper runs (`npm run backup`, `npm run restore`), in the
// embedded mode and across modes: a backup of the running embedded site under writes →
// restore into a PostgreSQL server → backup of that server → restore into a new embedded
// data folder; every step compared table by table. A backup killed midway leaves no file
// that looks like a backup.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FolderStore } from '@/lib/backup/store';
import { freshDatabase, query, tableRows } from '../support/backup';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
let work: string;
const drops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'bv-backup-cli-'));
});
afterAll(async () => {
  for (const drop of drops) await drop();
  await rm(work, { recursive: true, force: true });
});

function environment(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', ...extra };
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete env[k];
  return env;
}

function start(script: string, args: string[], env: NodeJS.ProcessEnv) {
  // Its own process group: tsx runs the script in a child process, and a kill must reach both.
  const child: ChildProcess = spawn(process.execPath, [tsx, script, ...args], { cwd: root, env, detached: true });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const done = new Promise<{ code: number | null; out: string }>((resolve) => child.on('exit', (code) => resolve({ code, out })));
  return { child, done, output: () => out };
}

const run = (script: string, args: string[], env: NodeJS.ProcessEnv) => start(script, args, env).done;

const embeddedEnv = (name: string, port: number) => ({
  DATABASE_URL: undefined,
  EMBEDDED_DB_DIR: path.join(work, name, 'pglite'),
  EMBEDDED_DB_PORT: String(port),
  MEDIA_DIR: path.join(work, name, 'media'),
  BACKUP_DIR: path.join(work, name, 'backups'),
});

// Run inside the launcher: writes until told to stop — single saves in a known order, and
// two-row transactions (both rows or neither may be in a snapshot) — then, on request,
// writes every table's rows to a file.
const writer = `
const pg = require('pg'); const fs = require('fs');
const [mode, file] = process.argv.slice(1);
(async () => {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL }); await c.connect();
  if (mode === 'dump') {
    await c.query("SET TimeZone = 'UTC'");
    const tables = (await c.query("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1")).rows;
    const out = {};
    for (const { name } of tables) out[name] = (await c.query('SELECT row_to_json(t)::text AS j FROM "' + name + '" t')).rows.map((r) => r.j).sort();
    fs.writeFileSync(file, JSON.stringify(out)); await c.end(); return;
  }
  const ids = (await c.query('SELECT id FROM articles ORDER BY id LIMIT 5')).rows.map((r) => r.id);
  let n = 0;
  console.log('READY');
  while (!fs.existsSync(file)) {
    n++;
    await c.query('UPDATE articles SET title = $1 WHERE id = $2', ['Nhúng #' + n, ids[n % ids.length]]);
    await c.query('BEGIN');
    await c.query("INSERT INTO tags (id, name, slug) VALUES ($1, $2, $3)", ['bk-a-' + n, 'Cặp A ' + n, 'cap-a-' + n]);
    await new Promise((r) => setTimeout(r, 3));
    await c.query("INSERT INTO tags (id, name, slug) VALUES ($1, $2, $3)", ['bk-b-' + n, 'Cặp B ' + n, 'cap-b-' + n]);
    await c.query('COMMIT');
  }
  console.log('WROTE ' + n); await c.end();
})().catch((e) => { console.error(e); process.exit(1); });`;

async function dumpEmbedded(env: NodeJS.ProcessEnv, file: string): Promise<Map<string, string[]>> {
  const result = await run('prisma/scripts/with-db.ts', ['--', 'node', '-e', writer, 'dump', file], env);
  expect(result.code, result.out).toBe(0);
  return new Map(Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, string[]>));
}

async function waitFor(check: () => boolean | Promise<boolean>, ms: number) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('npm run backup / npm run restore', () => {
  it('backs up the running embedded site under writes, and moves it to a server and back', { timeout: 600_000 }, async () => {
    const port = 41_000 + (process.pid % 4_000);
    const site = environment(embeddedEnv('site', port));
    const stopFile = path.join(work, 'stop-writing');
    const serving = start('prisma/scripts/with-db.ts', ['--', 'node', '-e', writer, 'write', stopFile], site);
    await waitFor(() => serving.output().includes('READY'), 240_000);
    expect(existsSync(path.join(work, 'site', 'pglite.control'))).toBe(true);

    // The site is up and being written to; back it up from another process.
    const backup = await run('prisma/scripts/backup.ts', [], site);
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toMatch(/Đã sao lưu: bang-vang-.*\.tar\.gz/);
    await writeFile(stopFile, '');
    const served = await serving.done;
    expect(served.code, served.out).toBe(0);
    const wrote = Number(/WROTE (\d+)/.exec(served.out)?.[1]);
    expect(wrote).toBeGreaterThan(3);

    const listed = await run('prisma/scripts/backup.ts', ['--list'], site);
    expect(listed.out).toMatch(/Các bản sao lưu trong .*: 1/);
    const [archive] = await new FolderStore(site.BACKUP_DIR!).list();

    // → a PostgreSQL server.
    const server = await freshDatabase('from_embedded');
    drops.push(server.drop);
    const serverEnv = environment({ DATABASE_URL: server.url, MEDIA_DIR: path.join(work, 'server-media'), BACKUP_DIR: path.join(work, 'server-backups') });
    const restored = await run('prisma/scripts/restore.ts', [path.join(site.BACKUP_DIR!, archive!.name)], serverEnv);
    expect(restored.code, restored.out).toBe(0);
    expect(restored.out).toContain('Khôi phục xong.');
    const onServer = await tableRows(server.url);

    // One moment of the site: both rows of every pair or neither, saves a prefix.
    const tags = await query<{ id: string }>(server.url, `SELECT id FROM tags WHERE id LIKE 'bk-%'`);
    const pairs = new Map<string, number>();
    for (const { id } of tags) pairs.set(id.slice(5), (pairs.get(id.slice(5)) ?? 0) + 1);
    for (const [n, count] of pairs) expect(count, `pair ${n}`).toBe(2);
    const saved = (await query<{ title: string }>(server.url, `SELECT title FROM articles WHERE title LIKE 'Nhúng #%'`)).map((r) => Number(r.title.slice(7))).sort((a, b) => a - b);
    const last = saved.at(-1) ?? 0;
    expect(saved).toEqual(Array.from({ length: Math.min(last, 5) }, (_, i) => last - Math.min(last, 5) + 1 + i));
    expect(pairs.size).toBeLessThanOrEqual(wrote);

    // Tables the writer did not touch: exactly the embedded site's.
    const siteNow = await dumpEmbedded(site, path.join(work, 'site-now.json'));
    expect([...onServer.keys()]).toEqual([...siteNow.keys()]);
    for (const [table, rows] of onServer) if (table !== 'tags' && table !== 'articles') expect(rows, table).toEqual(siteNow.get(table));
    // Media, byte for byte.
    const media = (await readdir(site.MEDIA_DIR!, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    expect(media.length).toBeGreaterThan(0);
    for (const entry of media) {
      const relative = path.relative(site.MEDIA_DIR!, path.join(entry.parentPath, entry.name));
      expect(await readFile(path.join(serverEnv.MEDIA_DIR!, relative)).catch(() => null), relative).toEqual(await readFile(path.join(site.MEDIA_DIR!, relative)));
    }

    // ← and back: the server's backup into a new embedded data folder.
    const serverBackup = await run('prisma/scripts/backup.ts', [], serverEnv);
    expect(serverBackup.code, serverBackup.out).toBe(0);
    const [second] = await new FolderStore(serverEnv.BACKUP_DIR!).list();
    const copy = environment(embeddedEnv('copy', port + 1));
    const back = await run('prisma/scripts/restore.ts', [path.join(serverEnv.BACKUP_DIR!, second!.name)], copy);
    expect(back.code, back.out).toBe(0);
    expect(await dumpEmbedded(copy, path.join(work, 'copy.json'))).toEqual(onServer);
  });

  it('a backup killed midway leaves no file that looks complete, and the next run clears it', { timeout: 240_000 }, async () => {
    const server = await freshDatabase('killed');
    drops.push(server.drop);
    const dir = path.join(work, 'killed-backups');
    const env = environment({ DATABASE_URL: server.url, MEDIA_DIR: path.join(work, 'killed-media'), BACKUP_DIR: dir });
    const migrated = await run('prisma/scripts/migrate.ts', [], env);
    expect(migrated.code, migrated.out).toBe(0);
    await query(server.url, `INSERT INTO users (id, email, name, password_hash, role, updated_at) SELECT 'u' || i, 'u' || i || '@bangvang.test', (SELECT string_agg(md5(random()::text || i || j), '') FROM generate_series(1, 25) AS j), 'x', 'EDITOR', now() FROM generate_series(1, 30000) AS i`);

    for (const stage of ['.staging-', '.partial']) {
      const backup = start('prisma/scripts/backup.ts', [], env);
      let exited = false;
      void backup.done.then(() => (exited = true));
      // (Random names: the archive does not compress away, so packing takes a while.)
      await waitFor(async () => {
        if (exited) throw new Error(`the backup ended before "${stage}" was seen: ${backup.output()}`);
        return (await readdir(dir).catch(() => [] as string[])).some((n) => n.includes(stage));
      }, 120_000);
      process.kill(-backup.child.pid!, 'SIGKILL');
      await backup.done;
      const names = await readdir(dir);
      expect(names.some((n) => n.includes(stage)), stage).toBe(true);
      expect(names.filter((n) => n.endsWith('.tar.gz')), stage).toEqual([]);
      expect(await new FolderStore(dir).list()).toEqual([]);
    }
    const next = await run('prisma/scripts/backup.ts', [], env);
    expect(next.code, next.out).toBe(0);
    expect(next.out).toContain('Đã xóa phần dở dang');
    const names = (await readdir(dir)).filter((n) => !n.startsWith('.backup.lock'));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^bang-vang-.*\.tar\.gz$/);
  });
});
