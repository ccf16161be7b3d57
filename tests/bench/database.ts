// A throwaway database for a benchmark run, on the PostgreSQL server named by
// BENCH_DATABASE_URL (default: the local server, trust auth): created, migrated and seeded
// with the demo content, dropped at the end.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runPrismaAsync } from '@/prisma/scripts/prisma.mjs';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { seed } from '@/prisma/seed/index';

const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  name: string;
  url: string;
  mediaDir: string;
  /** A client without a statement time limit (for generation and checks). */
  prisma: Db;
  drop: () => Promise<void>;
}

export async function createBenchDatabase(prefix: string): Promise<BenchDatabase> {
  const name = `${prefix}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const mediaDir = path.join(os.tmpdir(), `${name}-media`);
  const prisma = createPrismaClient(url, { max: 2, statementTimeoutMs: 0 });
  const drop = async () => {
    await prisma.$disconnect().catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
    await admin.end();
  };
  try {
    if ((await runPrismaAsync(['migrate', 'deploy'], { DATABASE_URL: url })) !== 0) throw new Error('migrate failed');
    await seed(prisma, { mediaDir });
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, url, mediaDir, prisma, drop };
}
