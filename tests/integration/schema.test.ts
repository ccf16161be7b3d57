// The migrations build the schema DOMAIN.md needs, and the database itself enforces the
// rules that must hold whatever code writes to it.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPrismaAsync } from '@/prisma/scripts/prisma.mjs';
import { testDatabaseUrl, testPg } from '../support/db';

let client: pg.Client;
beforeAll(async () => {
  client = await testPg();
});
afterAll(async () => {
  await client.end();
});

const migrationDirs = readdirSync(path.resolve(__dirname, '../../prisma/migrations'), { withFileTypes: true }).filter((d) => d.isDirectory());

describe('migrations', () => {
  it('applied every migration in prisma/migrations to the empty database', async () => {
    const { rows } = await client.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrationDirs.map((d) => d.name).sort());
    expect(rows.every((r) => r.finished_at !== null && r.rolled_back_at === null)).toBe(true);
  });

  it('reports the schema as up to date through Prisma\'s own status command', async () => {
    expect(await runPrismaAsync(['migrate', 'status'], { DATABASE_URL: testDatabaseUrl() })).toBe(0);
  });

  it('created the tables of the newsroom, the registry and their links', async () => {
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    const names = rows.map((r) => r.table_name);
    for (const table of [
      'users', 'categories', 'tags', 'articles', 'article_tags', 'article_revisions', 'article_slugs', 'media', 'audit_events',
      'units', 'collectives', 'individuals', 'individual_unit_history', 'commendation_types', 'campaigns', 'decisions', 'awards',
      'article_campaigns', 'article_decisions', 'article_units', 'article_collectives', 'article_individuals',
    ]) {
      expect(names).toContain(table);
    }
  });

  it('keeps no citizen ID column anywhere', async () => {
    const { rows } = await client.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND (column_name ILIKE '%cccd%' OR column_name ILIKE '%citizen%' OR column_name ILIKE '%cmnd%' OR column_name ILIKE '%national_id%')",
    );
    expect(rows).toEqual([]);
  });
});

describe('award recipient CHECK constraint', () => {
  const insertAward = (id: string, recipients: { unit?: string; collective?: string; individual?: string }) =>
    client.query(
      `INSERT INTO awards (id, decision_id, type_id, unit_id, collective_id, individual_id, year, updated_at)
       VALUES ($1, 'dec-gk-65-nam', 'type-gk-duk', $2, $3, $4, 2024, now())`,
      [id, recipients.unit ?? null, recipients.collective ?? null, recipients.individual ?? null],
    );

  it('rejects an award with no recipient', async () => {
    await expect(insertAward('t-none', {})).rejects.toThrow(/awards_one_recipient/);
  });

  it('rejects an award with two recipients', async () => {
    await expect(insertAward('t-two', { unit: 'unit-syt', individual: 'ind-0001' })).rejects.toThrow(/awards_one_recipient/);
    await expect(insertAward('t-three', { unit: 'unit-syt', collective: 'col-syt-phong-nghiep-vu-y', individual: 'ind-0001' })).rejects.toThrow(
      /awards_one_recipient/,
    );
  });

  it('accepts exactly one recipient', async () => {
    await client.query('BEGIN');
    try {
      await expect(insertAward('t-one', { individual: 'ind-0001' })).resolves.toBeDefined();
    } finally {
      await client.query('ROLLBACK');
    }
  });
});

describe('other database rules', () => {
  it('refuses a second decision with the same number from the same authority', async () => {
    await expect(
      client.query(
        `INSERT INTO decisions (id, slug, number, signed_at, issuing_authority, signer_name, signer_title, category, updated_at)
         SELECT 'dup', 'dup', number, signed_at, issuing_authority, 'x', 'x', category, now() FROM decisions WHERE id = 'dec-gk-65-nam'`,
      ),
    ).rejects.toThrow(/unique/i);
  });

  it('refuses to revoke a decision without a reason', async () => {
    await expect(client.query(`UPDATE decisions SET status = 'REVOKED', revocation_reason = ' ' WHERE id = 'dec-gk-65-nam'`)).rejects.toThrow(
      /decisions_revocation_reason/,
    );
  });

  it('will not delete a unit that still has people or awards', async () => {
    await expect(client.query(`DELETE FROM units WHERE id = 'unit-syt'`)).rejects.toThrow(/foreign key/i);
  });

  it('refuses a published article without a publication time', async () => {
    await expect(client.query(`UPDATE articles SET published_at = NULL WHERE id = 'art-00'`)).rejects.toThrow(/articles_published_has_time/);
  });
});
