// Gives a script a database: the server named by DATABASE_URL, or else the embedded
// PGlite database, started here, migrated with Prisma's own `migrate deploy` and, on its
// first start, seeded with the demo content.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadEnvConfig } from '@next/env';
import { getEnv } from '@/lib/platform/env';
import { startEmbeddedPostgres } from '@/lib/db/embedded';
import { createPrismaClient } from '@/lib/db/client';
import { runPrismaAsync } from './prisma.mjs';

export interface DatabaseHandle {
  url: string;
  /** Environment for child processes: DATABASE_URL and, in embedded mode, a local auth secret. */
  childEnv: Record<string, string>;
  stop(): Promise<void>;
}

export async function migrate(url: string): Promise<void> {
  const code = await runPrismaAsync(['migrate', 'deploy'], {
    DATABASE_URL: url,
  });
  if (code !== 0) throw new Error(`prisma migrate deploy thất bại (mã ${code}).`);
}

/** A per-checkout secret for sessions on a developer machine, never committed. */
function localAuthSecret(dataRoot: string): string {
  const file = path.join(dataRoot, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataRoot, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export async function openDatabase(options: {
  seedIfEmpty: boolean;
  /** Also migrate a server database (the embedded one is always migrated). */
  migrateServer?: boolean;
  log?: (line: string) => void;
}): Promise<DatabaseHandle> {
  // Read .env* files the way Next does, so scripts and the app agree on DATABASE_URL.
  loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production');
  const env = getEnv();
  const log = options.log ?? ((line: string) => console.log(line));
  if (env.DATABASE_URL) {
    if (options.migrateServer) await migrate(env.DATABASE_URL);
    return { url: env.DATABASE_URL, childEnv: { DATABASE_URL: env.DATABASE_URL }, async stop() {} };
  }

  const dataDir = path.resolve(env.EMBEDDED_DB_DIR);
  const firstStart = !existsSync(path.join(dataDir, 'PG_VERSION'));
  log(`[bang-vang] CSDL nhúng (PGlite): ${dataDir}${firstStart ? ' — lần đầu, đang khởi tạo' : ''}`);
  const server = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_DB_PORT });
  try {
    await migrate(server.url);
    if (options.seedIfEmpty) {
      const prisma = createPrismaClient(server.url, { max: 2, statementTimeoutMs: 0 });
      try {
        if ((await prisma.user.count()) === 0) {
          log('[bang-vang] Đang nạp dữ liệu mẫu…');
          const { seed } = await import('@/prisma/seed/index');
          // In production the demo accounts are created inactive with random passwords.
          const summary = await seed(prisma, { mediaDir: env.MEDIA_DIR, production: env.NODE_ENV === 'production' });
          log(`[bang-vang] Đã nạp: ${summary}`);
        }
      } finally {
        await prisma.$disconnect();
      }
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  // PGlite is one session behind a socket that queues messages, not whole queries: two
  // connections could interleave one query's Parse and another's Bind. The app therefore
  // uses a single connection here, and no second client (see lib/newsroom/data/scheduled-publishing.ts).
  const childEnv: Record<string, string> = { DATABASE_URL: server.url, DATABASE_POOL_MAX: '1', DATABASE_EMBEDDED: '1' };
  if (!env.NEXTAUTH_SECRET) childEnv.NEXTAUTH_SECRET = localAuthSecret(path.dirname(dataDir));
  // The embedded database is a local run (a demo, a newcomer's machine): this machine's
  // address unless one is given. A deployment sets SITE_URL; production refuses to start without it.
  if (!process.env.SITE_URL) childEnv.SITE_URL = `http://localhost:${process.env.PORT || 3000}`;
  return { url: server.url, childEnv, stop: () => server.stop() };
}
