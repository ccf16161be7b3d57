// Seeding a production database must not leave accounts anyone can sign in to.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { runPrismaAsync } from '@/prisma/scripts/prisma.mjs';
import { createPrismaClient } from '@/lib/db/client';
import { verifyPassword } from '@/lib/auth/password';
import { DEMO_PASSWORD } from '@/prisma/seed/newsroom';
import { seed } from '@/prisma/seed/index';
import { withDatabase } from './global-setup';

describe('seed with production: true', () => {
  it('creates the demo accounts inactive, with a random password', { timeout: 120_000 }, async () => {
    const name = `bv_prod_seed_${process.pid}`;
    const admin = new pg.Client({ connectionString: inject('adminUrl') });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = withDatabase(inject('adminUrl'), name);
    const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'bv-prod-media-'));
    const prisma = createPrismaClient(url, { max: 1 });
    try {
      expect(await runPrismaAsync(['migrate', 'deploy'], { DATABASE_URL: url })).toBe(0);
      await seed(prisma, { mediaDir, production: true });
      const users = await prisma.user.findMany({ select: { active: true, passwordHash: true } });
      expect(users.length).toBeGreaterThan(0);
      expect(users.every((u) => !u.active)).toBe(true);
      for (const user of users) expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(false);
    } finally {
      await prisma.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
      rmSync(mediaDir, { recursive: true, force: true });
    }
  });
});
