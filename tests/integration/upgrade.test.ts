// Upgrades lose nothing: the demo database at the first release's schema (the oldest
// migration), filled with the demo content that schema can hold, then every later
// migration — every row is still there with the same values, the tables later
// migrations derive (story ↔ image rows) come out as the current schema writes them, and
// every public address the old data had (stories, sections, tags, units, collectives,
// people, decisions, campaigns) still answers. The demo is read from the seeded template,
// not this worker's copy, which the other files of the worker change (an audit record of an
// account whose role the first release did not have cannot be copied into it).
import { afterAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { insertOrder, quoteIdent, readTables } from '@/lib/backup/catalog';
import { localMigrations, migrateTo } from '@/lib/backup/migrations';
import { freshDatabase, query, tableRows } from '../support/backup';
import { seededDatabaseUrl } from '../support/db';

const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

type Holds = (table: string, row: Record<string, unknown>) => boolean;

/**
 * Whether an older schema can hold a row: each of its enum columns takes the row's value
 * (a role added later, say, has no place in it).
 */
async function holdsIn(url: string): Promise<Holds> {
  const labels = new Map<string, Set<string>>();
  for (const r of await query<{ t: string; c: string; label: string }>(
    url,
    `SELECT c.table_name AS t, c.column_name AS c, e.enumlabel AS label FROM information_schema.columns c
     JOIN pg_type ty ON ty.typname = c.udt_name JOIN pg_enum e ON e.enumtypid = ty.oid WHERE c.table_schema = 'public'`,
  )) {
    labels.set(`${r.t}.${r.c}`, (labels.get(`${r.t}.${r.c}`) ?? new Set()).add(r.label));
  }
  return (table, row) => Object.entries(row).every(([column, value]) => value === null || !labels.has(`${table}.${column}`) || labels.get(`${table}.${column}`)!.has(String(value)));
}

/** Copies the demo's rows into `url` (an older schema): the rows it can hold, on the columns both schemas have. */
async function fillFrom(sourceUrl: string, url: string, holds: Holds) {
  const source = new pg.Client({ connectionString: sourceUrl });
  const target = new pg.Client({ connectionString: url });
  await Promise.all([source.connect(), target.connect()]);
  try {
    const old = await readTables(target);
    const current = new Map((await readTables(source)).map((t) => [t.name, t]));
    for (const name of insertOrder(old)) {
      const table = old.find((t) => t.name === name)!;
      const columns = table.writable.filter((c) => current.get(name)?.columns.includes(c)).map(quoteIdent).join(', ');
      const rows = (await source.query<{ j: Record<string, unknown> }>(`SELECT row_to_json(t) AS j FROM ${quoteIdent(name)} t`)).rows.filter((r) => holds(name, r.j));
      if (rows.length === 0) continue;
      await target.query(`INSERT INTO ${quoteIdent(name)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quoteIdent(name)}, $1::json)`, [
        JSON.stringify(rows.map((r) => r.j)),
      ]);
    }
  } finally {
    await Promise.all([source.end(), target.end()]);
  }
}

/** Each row's values on the given columns only, as sorted JSON texts. */
function project(rows: string[], columns: string[]): string[] {
  return rows.map((r) => JSON.stringify(columns.map((c) => (JSON.parse(r) as Record<string, unknown>)[c]))).sort();
}

describe('upgrading an old database', () => {
  it('runs every later migration over the first release and loses nothing', { timeout: 300_000 }, async () => {
    const [first, ...later] = localMigrations();
    expect(later.length).toBeGreaterThan(0);
    const db = await freshDatabase('upgrade');
    drops.push(db.drop);
    await migrateTo(db.url, [first!.name]);
    const holds = await holdsIn(db.url);
    await fillFrom(seededDatabaseUrl(), db.url, holds);
    const before = await tableRows(db.url);
    const oldColumns = new Map(
      (await query<{ table: string; column: string }>(db.url, `SELECT table_name AS table, column_name AS column FROM information_schema.columns WHERE table_schema = 'public'`)).reduce(
        (map, r) => map.set(r.table, [...(map.get(r.table) ?? []), r.column]),
        new Map<string, string[]>(),
      ),
    );
    expect([...before.values()].reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(500);

    await migrateTo(db.url, 'all');
    const after = await tableRows(db.url);
    // The demo's rows the first release could hold (accounts of a role added since are not).
    const demo = new Map([...(await tableRows(seededDatabaseUrl()))].map(([table, rows]) => [table, rows.filter((r) => holds(table, JSON.parse(r) as Record<string, unknown>))]));
    expect(demo.get('users')!.length).toBeLessThan((await tableRows(seededDatabaseUrl())).get('users')!.length);

    for (const [table, rows] of before) {
      const columns = oldColumns.get(table)!;
      // Derived columns a later migration recomputes are compared with the demo's own.
      expect(after.get(table)!.length, table).toBe(rows.length);
      expect(project(after.get(table)!, columns), table).toEqual(project(demo.get(table)!, columns));
      expect(project(rows, columns), table).toEqual(project(demo.get(table)!, columns));
    }
    // Tables the later migrations add and fill from old rows: as the current schema has them.
    expect(after.get('article_media')).toEqual(demo.get('article_media'));
    expect(after.get('article_media')!.length).toBeGreaterThan(0);

    // Every public address of the old data answers on the upgraded database. (One story
    // is renamed there only: the lookups below must be reading that database.)
    await query(db.url, `UPDATE articles SET slug = slug || '-sau-nang-cap' WHERE id = (SELECT min(id) FROM articles WHERE status = 'PUBLISHED' AND published_at <= now())`);
    const slugs = async (sql: string) => (await query<{ slug: string }>(db.url, sql)).map((r) => r.slug);
    const addresses = {
      stories: await slugs(`SELECT slug FROM articles WHERE status = 'PUBLISHED' AND published_at <= now()`),
      sections: await slugs(`SELECT slug FROM categories`),
      tags: await slugs(`SELECT slug FROM tags`),
      units: await slugs(`SELECT slug FROM units WHERE active`),
      collectives: await slugs(`SELECT slug FROM collectives`),
      people: await slugs(`SELECT slug FROM individuals WHERE publication_consent`),
      decisions: await slugs(`SELECT slug FROM decisions`),
      campaigns: await slugs(`SELECT slug FROM campaigns`),
    };
    for (const list of Object.values(addresses)) expect(list.length).toBeGreaterThan(0);
    expect(addresses.stories.filter((slug) => slug.endsWith('-sau-nang-cap'))).toHaveLength(1);

    vi.resetModules();
    const previousUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = db.url;
    try {
      const { getPublishedArticle } = await import('@/lib/newsroom/data/articles');
      const { getCategoryPage, getTagPage } = await import('@/lib/newsroom/data/listings');
      const { getUnitPage } = await import('@/lib/registry/data/units');
      const { getCollectivePage, getIndividualPage } = await import('@/lib/registry/data/people');
      const { getDecisionPage } = await import('@/lib/registry/data/decisions');
      const { getCampaignPage } = await import('@/lib/registry/data/campaigns');
      const missing: string[] = [];
      for (const slug of addresses.stories) if ((await getPublishedArticle(slug)).kind !== 'found') missing.push(`/bai-viet/${slug}`);
      for (const slug of addresses.sections) if (!(await getCategoryPage(slug, 1))) missing.push(`/chuyen-muc/${slug}`);
      for (const slug of addresses.tags) if (!(await getTagPage(slug, 1))) missing.push(`/the/${slug}`);
      for (const slug of addresses.units) if (!(await getUnitPage(slug))) missing.push(`/vinh-danh/don-vi/${slug}`);
      for (const slug of addresses.collectives) if (!(await getCollectivePage(slug))) missing.push(`/vinh-danh/tap-the/${slug}`);
      for (const slug of addresses.people) if (!(await getIndividualPage(slug))) missing.push(`/vinh-danh/ca-nhan/${slug}`);
      for (const slug of addresses.decisions) if (!(await getDecisionPage(slug))) missing.push(`/vinh-danh/quyet-dinh/${slug}`);
      for (const slug of addresses.campaigns) if (!(await getCampaignPage(slug))) missing.push(`/vinh-danh/phong-trao/${slug}`);
      expect(missing).toEqual([]);
      const { db: client } = await import('@/lib/db');
      await client.$disconnect();
    } finally {
      process.env.DATABASE_URL = previousUrl;
      vi.resetModules();
    }
  });
});
