// The demo content: the figures of DOMAIN.md's typical story are counts over records, and
// loading the seed again changes nothing.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seed } from '@/prisma/seed/index';
import { DECISION_IDS } from '@/prisma/seed/registry';
import { testPg, testPrisma } from '../support/db';

let client: pg.Client;
beforeAll(async () => {
  client = await testPg();
});
afterAll(async () => {
  await client.end();
});

async function recipientCounts(decisionIds: string[]) {
  const { rows } = await client.query<{ collectives: string; individuals: string }>(
    `SELECT count(*) FILTER (WHERE a.unit_id IS NOT NULL OR a.collective_id IS NOT NULL) AS collectives,
            count(*) FILTER (WHERE a.individual_id IS NOT NULL) AS individuals
     FROM awards a JOIN decisions d ON d.id = a.decision_id
     WHERE a.decision_id = ANY($1) AND d.status = 'IN_FORCE'`,
    [decisionIds],
  );
  return { collectives: Number(rows[0]!.collectives), individuals: Number(rows[0]!.individuals) };
}

describe('demo figures', () => {
  it('the 65th-anniversary Giấy khen covers 24 collectives and 38 individuals', async () => {
    expect(await recipientCounts([DECISION_IDS.giayKhen65])).toEqual({ collectives: 24, individuals: 38 });
  });

  it('the provincial chair awarded Bằng khen to 5 collectives in that round', async () => {
    expect(await recipientCounts([DECISION_IDS.bangKhenUbnd65])).toEqual({ collectives: 5, individuals: 0 });
  });

  it('grassroots committees praised 17 collectives and 46 individuals', async () => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM decisions WHERE id LIKE 'dec-bieu-duong-%'`);
    expect(await recipientCounts(rows.map((r) => r.id))).toEqual({ collectives: 17, individuals: 46 });
  });

  it('the 2020–2025 term: 5 flags, 13 + 49 Bằng khen (49 with a 5-year streak), 120 + 158 inscribed', async () => {
    expect(await recipientCounts([DECISION_IDS.coTinhUy])).toEqual({ collectives: 5, individuals: 0 });
    expect(await recipientCounts([DECISION_IDS.bangKhenTinhUy])).toEqual({ collectives: 13, individuals: 49 });
    expect(await recipientCounts([DECISION_IDS.ghiDanh])).toEqual({ collectives: 120, individuals: 158 });
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM awards WHERE decision_id = $1 AND individual_id IS NOT NULL AND streak_note = '5 năm liền'`,
      [DECISION_IDS.bangKhenTinhUy],
    );
    expect(Number(rows[0]!.n)).toBe(49);
  });

  it('keeps the revoked decision on record with its reason, outside the in-force totals', async () => {
    const { rows } = await client.query<{ status: string; revocation_reason: string }>(
      `SELECT status, revocation_reason FROM decisions WHERE id = $1`,
      [DECISION_IDS.revoked],
    );
    expect(rows[0]!.status).toBe('REVOKED');
    expect(rows[0]!.revocation_reason).toMatch(/thu hồi/i);
    expect(await recipientCounts([DECISION_IDS.revoked])).toEqual({ collectives: 0, individuals: 0 });
  });

  it('has at least 40 published stories across every section, with covers, and links to records', async () => {
    const { rows } = await client.query<{ category_id: string; n: string; covers: string }>(
      `SELECT category_id, count(*) AS n, count(cover_id) AS covers FROM articles WHERE status = 'PUBLISHED' GROUP BY category_id`,
    );
    const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
    expect(total).toBeGreaterThanOrEqual(40);
    expect(rows.every((r) => r.n === r.covers)).toBe(true);
    expect(rows.length).toBe(8);
    const links = await client.query<{ n: string }>(`SELECT (SELECT count(*) FROM article_decisions) + (SELECT count(*) FROM article_campaigns) AS n`);
    expect(Number(links.rows[0]!.n)).toBeGreaterThan(10);
  });

  it('marks some people as not for publication', async () => {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM individuals WHERE NOT publication_consent`);
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
  });
});

describe('seeding twice', () => {
  // Every table's full contents, hashed: a second seed must leave each one identical.
  async function snapshot(): Promise<Record<string, string>> {
    const { rows: tables } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    );
    const result: Record<string, string> = {};
    for (const { table_name } of tables) {
      const { rows } = await client.query<{ count: string; digest: string | null }>(
        `SELECT count(*) AS count, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table_name}" t`,
      );
      result[table_name] = `${rows[0]!.count}:${rows[0]!.digest}`;
    }
    return result;
  }

  it('changes nothing the second time', async () => {
    const before = await snapshot();
    expect(Number(before.awards!.split(':')[0])).toBeGreaterThan(500);
    const prisma = testPrisma();
    try {
      await seed(prisma, { mediaDir: inject('mediaDir') });
    } finally {
      await prisma.$disconnect();
    }
    expect(await snapshot()).toEqual(before);
  });
});
