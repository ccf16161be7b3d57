// One consistent view of the whole database to back up from, while the site keeps
// serving and staff keep writing.
// - Server: a REPEATABLE READ, READ ONLY transaction — every table read at one instant.
// - Embedded, site running: PGlite is a single session owned by the launcher, so the
//   backup asks the launcher (lib/db/embedded.ts, its control port) for a copy of the data
//   folder taken between two queries, opens that copy in memory and reads it at leisure;
//   the site waits only for the copy (well under a second for a newsroom's database).
// - Embedded, site stopped: the data folder is opened here (and locked while it is).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { embeddedExtensions, openEmbeddedDirect, readControlFile } from '@/lib/db/embedded';
import type { Sql } from './catalog';
import { BackupError } from './errors';

export interface Snapshot {
  sql: Sql;
  source: 'embedded' | 'server';
  close(): Promise<void>;
}

const SNAPSHOT_SQL = [`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`, `SET LOCAL TimeZone = 'UTC'`, `SET LOCAL statement_timeout = 0`];

export async function serverSnapshot(url: string): Promise<Snapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const statement of SNAPSHOT_SQL) await client.query(statement);
  return {
    sql: client,
    source: 'server',
    async close() {
      await client.query('COMMIT').catch(() => {});
      await client.end();
    },
  };
}

async function fromPglite(db: PGlite, release: () => Promise<void>): Promise<Snapshot> {
  for (const statement of SNAPSHOT_SQL) await db.query(statement);
  return {
    sql: db,
    source: 'embedded',
    async close() {
      await db.query('COMMIT').catch(() => {});
      await release();
    },
  };
}

/** The running launcher's copy of the data folder, or null when no launcher holds it. */
export async function requestRunningCopy(dataDir: string): Promise<Blob | null> {
  const control = await readControlFile(dataDir);
  if (!control) return null;
  let response: Response;
  try {
    response = await fetch(`http://127.0.0.1:${control.port}/snapshot`, { method: 'POST', headers: { authorization: `Bearer ${control.token}` } });
  } catch {
    return null;
  }
  if (!response.ok) throw new BackupError(`Tiến trình đang chạy CSDL nhúng từ chối tạo bản sao (${response.status}): ${await response.text()}`);
  return new Blob([await response.arrayBuffer()]);
}

export async function embeddedSnapshot(dataDir: string): Promise<Snapshot> {
  const dir = path.resolve(dataDir);
  if (!(await readFile(path.join(dir, 'PG_VERSION')).catch(() => null))) {
    throw new BackupError(`Chưa có CSDL nhúng ở ${dir}: không có gì để sao lưu.`);
  }
  const copy = await requestRunningCopy(dir);
  if (copy) {
    const db = await PGlite.create({ loadDataDir: copy, extensions: embeddedExtensions });
    return fromPglite(db, () => db.close());
  }
  const direct = await openEmbeddedDirect(dir);
  return fromPglite(direct.db, direct.close);
}
