// Creates a throwaway PostgreSQL database for this run, applies the migrations with
// Prisma's own `migrate deploy` and loads the demo seed; drops the database afterwards.
// Server: TEST_DATABASE_URL (any database on it; default: local postgres, trust auth).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { runPrismaAsync } from '@/lib/cli/prisma.mjs';
import { createPrismaClient } from '@/lib/db/client';
import { seed } from '@/prisma/seed/index';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
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

  const databaseUrl = withDatabase(adminUrl, name);
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'bv-media-'));
  const code = await runPrismaAsync(['migrate', 'deploy'], { DATABASE_URL: databaseUrl });
  if (code !== 0) throw new Error(`prisma migrate deploy failed on the test database (exit ${code})`);
  const prisma = createPrismaClient(databaseUrl, { max: 2, statementTimeoutMs: 0 });
  await seed(prisma, { mediaDir });
  await prisma.$disconnect();

  project.provide('databaseUrl', databaseUrl);
  project.provide('adminUrl', adminUrl);
  project.provide('mediaDir', mediaDir);

  return async () => {
    const dropper = new pg.Client({ connectionString: adminUrl });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await dropper.end();
    rmSync(mediaDir, { recursive: true, force: true });
  };
}
