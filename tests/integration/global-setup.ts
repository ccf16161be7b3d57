// Creates a throwaway PostgreSQL database for this run, applies the migrations with
// Prisma's own `migrate deploy` and loads the demo seed — once — then copies it for each
// test worker (CREATE DATABASE … TEMPLATE, a file copy: milliseconds), so test files run in
// parallel, each worker on a database of its own; drops them all afterwards.
// Server: TEST_DATABASE_URL (any database on it; default: local postgres, trust auth).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { runPrismaAsync } from '@/prisma/scripts/prisma.mjs';
import { createPrismaClient } from '@/lib/db/client';
import { seed } from '@/prisma/seed/index';

declare module 'vitest' {
  export interface ProvidedContext {
    /** One database per worker slot (VITEST_POOL_ID 1…maxWorkers); tests/support/db.ts picks this worker's. */
    databaseUrls: string[];
    /** The migrated and seeded database the copies were made from: never written by a test (read it only). */
    seededUrl: string;
    adminUrl: string;
    mediaDir: string;
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `bv_test_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect().catch((error: Error) => {
    throw new Error(`Cannot reach PostgreSQL for integration tests at ${adminUrl}: ${error.message}. Start it or set TEST_DATABASE_URL.`);
  });
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const templateUrl = withDatabase(adminUrl, name);
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'bv-media-'));
  const code = await runPrismaAsync(['migrate', 'deploy'], { DATABASE_URL: templateUrl });
  if (code !== 0) throw new Error(`prisma migrate deploy failed on the test database (exit ${code})`);
  const prisma = createPrismaClient(templateUrl, { max: 2, statementTimeoutMs: 0 });
  await seed(prisma, { mediaDir });
  await prisma.$disconnect();

  const workers = Math.max(1, project.globalConfig.maxWorkers);
  const copies = Array.from({ length: workers }, (_, i) => `${name}_w${i + 1}`);
  const creator = new pg.Client({ connectionString: adminUrl });
  await creator.connect();
  for (const copy of copies) await copyDatabase(creator, name, copy);
  await creator.end();

  project.provide('databaseUrls', copies.map((copy) => withDatabase(adminUrl, copy)));
  project.provide('seededUrl', templateUrl);
  project.provide('adminUrl', adminUrl);
  project.provide('mediaDir', mediaDir);

  return async () => {
    const dropper = new pg.Client({ connectionString: adminUrl });
    await dropper.connect();
    for (const database of [...copies, name]) await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await dropper.end();
    rmSync(mediaDir, { recursive: true, force: true });
  };
}

/**
 * CREATE DATABASE … TEMPLATE needs the template to have no sessions; the seed's own
 * connections end a moment after its client disconnects, so a copy that finds one still
 * there is tried again (SQLSTATE 55006), a bounded number of times.
 */
async function copyDatabase(admin: pg.Client, template: string, copy: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE "${copy}" TEMPLATE "${template}"`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt === 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
