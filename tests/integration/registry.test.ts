// The public registry's reads against hand-worked expectations (registry-fixture.ts) and
// the demo seed's figures (DOMAIN.md): roll-ups through the hierarchy, revoked decisions
// out of every total, people without publication consent out of every list and count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAwards, getAwardPage, getAwardYearSummary } from '@/lib/registry/data/awards';
import { getCampaignPage } from '@/lib/registry/data/campaigns';
import { getDecisionPage } from '@/lib/registry/data/decisions';
import { listCommendationTypes } from '@/lib/registry/data/commendation-types';
import { getCollectivePage, getIndividualPage } from '@/lib/registry/data/people';
import { getUnitPage, getUnitTree } from '@/lib/registry/data/units';
import { searchRegistryEntities } from '@/lib/registry/data/record-search';
import { getRegistryOverview, getRegistryStats } from '@/lib/registry/data/stats';
import { awardFilters, type AwardFilters } from '@/lib/registry/schemas/filters';
import { countQueries } from '../support/query-counter';
import { testPg, testPrisma } from '../support/db';
import { createRegistryFixture, FX, removeRegistryFixture } from './registry-fixture';

const prisma = testPrisma();
const filters = (f: Partial<AwardFilters>): AwardFilters => awardFilters(f);
const count = (f: Partial<AwardFilters>) => countAwards(filters(f));

beforeAll(async () => {
  await removeRegistryFixture(prisma);
  await createRegistryFixture(prisma);
});
afterAll(async () => {
  await removeRegistryFixture(prisma);
  await prisma.$disconnect();
});

describe('unit roll-ups', () => {
  it('counts a unit alone and with everything below it, without revoked or unpublished awards', async () => {
    // root alone: collective root (A) + p1 (A); the unit's own award and p1's second are revoked.
    expect(await count({ unit: FX.root })).toBe(2);
    // + mid: unit mid (A), p2 (B); + leaf: p4 ×2, collective leaf, unit leaf (p3 ×2 hidden).
    expect(await count({ unit: FX.root, subunits: true })).toBe(8);
    expect(await count({ unit: FX.mid })).toBe(2);
    expect(await count({ unit: FX.mid, subunits: true })).toBe(6);
    expect(await count({ unit: FX.leaf })).toBe(4);
    expect(await count({ unit: FX.leaf, subunits: true })).toBe(4);
  });

  it('sums the roll-up by year and recipient kind', async () => {
    expect(await getAwardYearSummary(filters({ unit: FX.root, subunits: true }))).toEqual([
      { year: 2024, units: 1, collectives: 1, individuals: 2 },
      { year: 2023, units: 1, collectives: 1, individuals: 2 },
    ]);
  });

  it('lists a unit page without hidden members, with its ancestors', async () => {
    const leaf = await getUnitPage(FX.leaf);
    expect(leaf?.members.map((m) => m.slug)).toEqual([FX.p4]);
    expect(leaf?.memberTotal).toBe(1);
    expect(leaf?.ancestors.map((a) => a.slug)).toEqual([FX.root, FX.mid]);
    expect((await getUnitPage(FX.root))?.children.map((c) => c.slug)).toEqual([FX.mid]);
    const tree = await getUnitTree();
    expect(tree.find((n) => n.slug === FX.root)?.children[0]?.children[0]?.slug).toBe(FX.leaf);
  });
});

describe('decisions and campaigns', () => {
  it('gives official totals per type, unnamed people included, and a public list without them', async () => {
    const decision = await getDecisionPage(FX.decA);
    expect(decision?.results).toEqual([
      { typeName: 'Chiến sĩ thi đua cơ sở', typeSlug: expect.any(String), collectives: 0, individuals: 1 },
      { typeName: 'Giấy khen của Đảng ủy Khối', typeSlug: expect.any(String), collectives: 2, individuals: 2 },
    ]);
    const list = await getAwardPage(filters({ decision: FX.decA, sort: 'cu-nhat' }));
    expect(list.total).toBe(4);
    expect(list.rows.map((r) => r.recipient.slug)).not.toContain(FX.p3);
  });

  it('keeps a revoked decision visible and marked, but out of every total', async () => {
    const revoked = await getDecisionPage(FX.decR);
    expect(revoked?.revoked).toBe(true);
    expect(revoked?.revocationReason).toBe('Thu hồi để thử nghiệm.');
    const list = await getAwardPage(filters({ decision: FX.decR }));
    expect(list.total).toBe(2);
    expect(list.rows.every((r) => r.decision.revoked)).toBe(true);
    // Its campaign's results come from decision A alone.
    const campaign = await getCampaignPage(FX.campaign);
    expect(campaign?.results).toEqual(revoked && (await getDecisionPage(FX.decA))?.results);
    expect(campaign?.decisions.map((d) => [d.slug, d.revoked])).toEqual([
      [FX.decA, false],
      [FX.decR, true],
    ]);
    expect(await count({ campaign: FX.campaign })).toBe(4);
  });

  it('reproduces the 65th-anniversary figures of DOMAIN.md from the records', async () => {
    const campaign = await getCampaignPage('dot-thi-dua-chao-mung-65-nam-dang-bo-khoi');
    expect(campaign?.results.map((r) => [r.typeName, r.collectives, r.individuals])).toEqual([
      ['Bằng khen của Chủ tịch UBND tỉnh', 5, 0],
      ['Giấy khen của Đảng ủy Khối', 24, 38],
      ['Biểu dương', 17, 46],
    ]);
    // One of the 84 people (ind-0047) did not consent: the public list names 83.
    expect(await count({ campaign: 'dot-thi-dua-chao-mung-65-nam-dang-bo-khoi', kind: 'INDIVIDUAL' })).toBe(83);
    expect(await count({ campaign: 'dot-thi-dua-chao-mung-65-nam-dang-bo-khoi' })).toBe(46 + 129 - 46);
  });
});

describe('filters combine', () => {
  const scope = { unit: FX.root, subunits: true };
  it('narrows by year, type, kind, level, system and campaign together', async () => {
    const t2 = (await listCommendationTypes()).find((t) => t.code === 'CSTD-CS')!.slug;
    expect(await count({ ...scope, yearFrom: 2024, type: t2 })).toBe(4);
    expect(await count({ ...scope, yearFrom: 2024, type: t2, kind: 'INDIVIDUAL' })).toBe(2);
    expect(await count({ ...scope, yearFrom: 2024, type: t2, level: 'GRASSROOTS' })).toBe(4);
    expect(await count({ ...scope, yearFrom: 2024, type: t2, level: 'CENTRAL' })).toBe(0);
    expect(await count({ ...scope, system: 'STATE' })).toBe(5);
    expect(await count({ ...scope, system: 'PARTY' })).toBe(3);
    expect(await count({ ...scope, campaign: FX.campaign })).toBe(4);
    expect(await count({ ...scope, campaign: FX.campaign, yearFrom: 2024 })).toBe(0);
    expect(await count({ ...scope, yearTo: 2023, kind: 'UNIT' })).toBe(1);
  });

  it('searches names and decision numbers without diacritics, never finding hidden people', async () => {
    expect(await count({ q: 'nghiem thuc' })).toBe(1);
    expect(await count({ q: 'Nghiêm Thục' })).toBe(1);
    expect(await count({ q: 'nguoi an danh' })).toBe(0);
    expect(await count({ q: 'fx-2/qd' })).toBe(4);
    const matches = await searchRegistryEntities(['nghiem', 'thuc']);
    expect(matches.individuals.map((i) => i.slug)).toEqual([FX.p1]);
    expect((await searchRegistryEntities(['nguoi', 'an', 'danh'])).individuals).toEqual([]);
  });

  it('finds nothing for search text with no letter or digit (not the whole register)', async () => {
    expect(await count({})).toBeGreaterThan(0);
    for (const q of ['!!!', '🎉', '“…” – ?', '%_']) expect(await count({ q }), q).toBe(0);
  });

  it('finds every word a term begins, whatever separates the words, and never a word it only ends', async () => {
    // Words the plain text-search parser keeps whole ("6/7", "fx.hn", "-000") are separate
    // words here, as they are for the exact test.
    await prisma.unit.create({ data: { id: 'fx-u-dot', code: 'FX.HN', slug: 'fx-don-vi-cham', name: 'Đơn vị Chấm', kind: 'OTHER', parentId: 'fx-u-root' } });
    await prisma.collective.create({ data: { id: 'fx-c-slash', slug: 'fx-to-bac-6-7', name: 'Tổ thợ bậc 6/7 gen-000', unitId: 'fx-u-root' } });
    await prisma.individual.create({ data: { id: 'fx-p-thanh', slug: 'fx-thanh', fullName: 'Thanh Thuỷ', unitId: 'fx-u-root' } });
    try {
      expect((await searchRegistryEntities(['hn'])).units.map((u) => u.slug)).toContain('fx-don-vi-cham');
      expect((await searchRegistryEntities(['fx', 'hn'])).units.map((u) => u.slug)).toEqual(['fx-don-vi-cham']);
      expect((await searchRegistryEntities(['7', 'bac'])).collectives.map((c) => c.slug)).toEqual(['fx-to-bac-6-7']);
      expect((await searchRegistryEntities(['000', 'gen'])).collectives.map((c) => c.slug)).toEqual(['fx-to-bac-6-7']);
      expect((await searchRegistryEntities(['thanh', 'thuy'])).individuals.map((i) => i.slug)).toEqual(['fx-thanh']);
      // "anh" ends "Thanh" but begins no word of it.
      expect((await searchRegistryEntities(['anh', 'thuy'])).individuals.map((i) => i.slug)).not.toContain('fx-thanh');
      expect((await searchRegistryEntities(['hu', 'thanh'])).individuals.map((i) => i.slug)).not.toContain('fx-thanh');
      // The award list uses the same test: collective "Phòng Một" holds one award in force.
      expect(await count({ unit: FX.root, subunits: true, q: 'mot phong' })).toBe(1);
      expect(await count({ unit: FX.root, subunits: true, q: 'ot phong' })).toBe(0);
    } finally {
      await prisma.individual.delete({ where: { id: 'fx-p-thanh' } });
      await prisma.collective.delete({ where: { id: 'fx-c-slash' } });
      await prisma.unit.delete({ where: { id: 'fx-u-dot' } });
    }
  });

  it('pages a list found by name with the same rows and total as counting apart, past the end too', async () => {
    const byName = (page: number) => getAwardPage(filters({ q: 'fx-2/qd', page }), 3);
    expect(await count({ q: 'fx-2/qd' })).toBe(4);
    const [first, second, past] = await Promise.all([byName(1), byName(2), byName(3)]);
    expect([first.total, second.total, past.total]).toEqual([4, 4, 4]);
    expect([first.rows.length, second.rows.length, past.rows.length]).toEqual([3, 1, 0]);
    expect(first.pageCount).toBe(2);
    // The same four awards as the list without the name, filtered by hand.
    const all = await getAwardPage(filters({}), 1000);
    const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
    const expected = all.rows.filter((r) => folded(r.decision.number).startsWith('fx-2/qd')).map((r) => r.id);
    expect(expected).toHaveLength(4);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(expected);
    expect((await getAwardPage(filters({ q: 'nguoi an danh' }))).total).toBe(0);
  });

  it('looks names up once per query, even before the planner has statistics', async () => {
    // The statement the list sends, as sent (text and bound values).
    const { statements } = await countQueries(() => getAwardPage(filters({ q: 'nghiem thuc', yearFrom: 2020 })));
    const sent = statements.find((q) => q.text.includes('ORDER BY') && q.text.includes('FROM awards a'));
    expect(sent).toBeDefined();
    // As right after a bulk load with autovacuum behind: no statistics, no row counts (in a
    // transaction rolled back, so no other test sees it; writing the catalogue needs the
    // superuser role the test server's `postgres` is).
    const client = await testPg();
    try {
      await client.query('BEGIN');
      const tables = ['awards', 'individuals', 'collectives', 'units', 'decisions', 'commendation_types'];
      await client.query(`DELETE FROM pg_statistic WHERE starelid = ANY($1::regclass[])`, [tables]);
      await client.query(`UPDATE pg_class SET reltuples = -1, relpages = 0 WHERE oid = ANY($1::regclass[])`, [tables]);
      const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sent!.text}`, sent!.values);
      type PlanNode = { 'Index Name'?: string; 'Actual Loops': number; Plans?: PlanNode[] };
      const walk = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(walk)];
      const nodes = walk((rows[0]['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan);
      const lookups = nodes.filter((n) => n['Index Name'] === 'individuals_search_words_idx');
      expect(lookups.length).toBeGreaterThan(0);
      // Once, not once per candidate award (a nested loop re-ran it 594 times on the demo data).
      for (const n of lookups) expect(n['Actual Loops']).toBe(1);
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
  });

  it('sorts by name in Vietnamese order and pages without overlap', async () => {
    const byName = await getAwardPage(filters({ ...scope, sort: 'ten' }));
    const names = byName.rows.map((r) => r.recipient.name);
    expect(names[0]).toBe('Chi bộ Beta');
    expect(names.at(-1)).toBe('Trần Thị Nghiêm Thục');
    const first = await getAwardPage(filters({ ...scope, page: 1 }), 5);
    const second = await getAwardPage(filters({ ...scope, page: 2 }), 5);
    expect(first.pageCount).toBe(2);
    expect(second.rows).toHaveLength(3);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(8);
  });
});

describe('people and collectives', () => {
  it('has no page for someone who did not consent', async () => {
    expect(await getIndividualPage(FX.p3)).toBeNull();
  });

  it('computes streaks from in-force records only', async () => {
    expect((await getIndividualPage(FX.p4))?.streaks).toEqual([{ typeSlug: expect.any(String), typeName: 'Chiến sĩ thi đua cơ sở', length: 2, fromYear: 2023, toYear: 2024 }]);
    const p1 = await getIndividualPage(FX.p1);
    expect(p1?.awards.map((a) => [a.year, a.decision.revoked])).toEqual([
      [2024, true],
      [2023, false],
    ]);
    expect(p1?.streaks).toEqual([]);
  });

  it('finds the seeded five-year streaks (Chiến sĩ thi đua cơ sở 2020–2024)', async () => {
    const health = await prisma.individual.findFirstOrThrow({ where: { unitId: 'unit-syt' }, orderBy: { id: 'asc' } });
    const page = await getIndividualPage(health.slug);
    expect(page?.streaks[0]).toMatchObject({ typeName: 'Chiến sĩ thi đua cơ sở', length: 5, fromYear: 2020, toYear: 2024 });
  });
});

describe('registry-wide figures', () => {
  it('agree with the filtered list: stats total, per-unit roll-up, per-type counts', async () => {
    const stats = await getRegistryStats();
    expect(stats.total).toBe(await count({}));
    const health = stats.byUnit.find((u) => u.key === 'dang-bo-so-y-te')!;
    expect(health.collectives + health.individuals).toBe(await count({ unit: 'dang-bo-so-y-te', subunits: true }));
    const types = await listCommendationTypes();
    const biểuDương = types.find((t) => t.code === 'BIEU-DUONG')!;
    expect(biểuDương.awardCount).toBe(await count({ type: biểuDương.slug }));
  });

  it('gives headline figures for the latest year and its term, per level', async () => {
    const overview = await getRegistryOverview();
    // The demo's latest year is 2026: the Sở Y tế's year-end decisions (prisma/seed/pipeline.ts).
    expect(overview?.year).toBe(2026);
    expect(overview?.term).toEqual({ label: '2025–2030', fromYear: 2025, toYear: 2030 });
    const all = overview!.byLevel.find((r) => r.level === null)!;
    // 2026: "Lao động tiên tiến" for the 19 people of the Sở Y tế's subtree, and one
    // "Chiến sĩ thi đua cơ sở" among them — the same person counted once.
    expect(all.year.decisions).toBe(2);
    expect(all.year.individuals).toBe(19);
    // The term holds 2025 as well: Cờ TU (5 units), BK TU (13 + 49), ghi danh (120 + 158).
    expect(all.term.decisions).toBe(5);
    expect(all.term.individuals).toBeGreaterThan(all.year.individuals);
    expect(overview!.byLevel.find((r) => r.level === 'GRASSROOTS')!.year.individuals).toBe(19);
  });
});

describe('query counts stay fixed whatever the list lengths', () => {
  it.each([
    ['unit page', () => getUnitPage('dang-bo-khoi-co-quan-doanh-nghiep-tinh'), 2],
    ['award page', () => getAwardPage(filters({ unit: 'dang-bo-khoi-co-quan-doanh-nghiep-tinh', subunits: true })), 2],
    ['award page found by name', () => getAwardPage(filters({ unit: 'dang-bo-khoi-co-quan-doanh-nghiep-tinh', subunits: true, q: 'nguyen' })), 1],
    ['collective page', () => getCollectivePage('van-phong-so-tai-chinh-stc'), 1],
    ['campaign page', () => getCampaignPage('dot-thi-dua-chao-mung-65-nam-dang-bo-khoi'), 3],
    ['decision page', () => getDecisionPage('1420-qd-duk-2025'), 2],
    ['statistics', () => getRegistryStats(), 4],
    ['overview', () => getRegistryOverview(), 2],
    ['catalogue', () => listCommendationTypes(), 2],
  ] as const)('%s', async (_, run, expected) => {
    const { queries } = await countQueries(run as () => Promise<unknown>);
    expect(queries.filter((q) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(q))).toHaveLength(expected);
  });
});
