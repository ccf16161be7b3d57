// This checkout's migrations, and a database brought to exactly the level a backup was
// taken at (so its rows fit), with Prisma's own `migrate deploy` on a folder holding
// only those migrations. The remaining ones are then applied by the usual deploy.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runPrismaAsync } from '@/prisma/scripts/prisma.mjs';

const MIGRATIONS_DIR = path.resolve(__dirname, '../../prisma/migrations');

export interface LocalMigration {
  name: string;
  checksum: string;
}

export function localMigrations(dir = MIGRATIONS_DIR): LocalMigration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'migration.sql')))
    .map((e) => ({ name: e.name, checksum: createHash('sha256').update(readFileSync(path.join(dir, e.name, 'migration.sql'))).digest('hex') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function deploy(url: string, migrationsPath?: string): Promise<void> {
  const code = await runPrismaAsync(['migrate', 'deploy'], { DATABASE_URL: url, ...(migrationsPath ? { BV_MIGRATIONS_PATH: migrationsPath } : {}) });
  if (code !== 0) throw new Error(`prisma migrate deploy thất bại (mã ${code}).`);
}

/** Applies this checkout's migrations up to and including `names` (all of them: every one). */
export async function migrateTo(url: string, names: string[] | 'all'): Promise<void> {
  if (names === 'all') return deploy(url);
  const work = mkdtempSync(path.join(os.tmpdir(), 'bv-migrations-'));
  try {
    cpSync(path.join(MIGRATIONS_DIR, 'migration_lock.toml'), path.join(work, 'migration_lock.toml'));
    for (const name of names) cpSync(path.join(MIGRATIONS_DIR, name), path.join(work, name), { recursive: true });
    await deploy(url, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
