// Configuration of the Prisma CLI (migrate, generate). The app itself builds its client
// in lib/db/index.ts. Run the CLI through `node prisma/scripts/prisma.mjs ...` (or the npm scripts),
// which keeps Prisma from trying to download native engines.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { createMigrationAdapter } from './lib/db/migration-adapter';

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join('prisma', 'schema.prisma'),
  // BV_MIGRATIONS_PATH: a folder holding the first migrations only — how a restore brings
  // an empty database to a backup's own level before loading its rows (lib/backup/migrations.ts).
  migrations: { path: process.env.BV_MIGRATIONS_PATH || path.join('prisma', 'migrations') },
  engine: 'js',
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set: the Prisma CLI needs a database to work on.');
    return createMigrationAdapter(url);
  },
});
