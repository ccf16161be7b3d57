// `npm run bench -- --search-rows N`: the reader search's own two queries (the code of
// lib/newsroom/data/article-search.ts, without the cache in front of it) over N generated stories.
//
// A fresh database is migrated and seeded with the demo content; N stories are added in
// SQL, 100 a day going back (a large newspaper's rate: a million stories is 27 years),
// their words drawn from the demo stories' own vocabulary with a long-tailed
// frequency (a few words are in most stories, most words in few), so queries range from
// "matches half the archive" to "matches a handful". Then, for 20 results per page, side
// by side with the baseline (the candidates ranked by every word, body included, as before
// the title-and-sapo ranking; `rankBy: 'all'`):
//   1. every query of the set once, one at a time, each query by both in turn, the order
//      alternating (latency of a lone search);
//   2. the same set from 10 concurrent clients, twice per ranking, alternating (latency
//      under load, searches/s).
// Each query is new to the server's caches only in the sense that the app's data cache
// is not involved; PostgreSQL's buffer cache is warm after the load (as in production).
// Results: tests/bench/results/search-<stamp>.md/.json.
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { runArticleSearch, SEARCH_CANDIDATES } from '@/lib/newsroom/data/article-search';
import { createPrismaClient } from '@/lib/db/client';
import { parseSearchParams, type SearchParams } from '@/lib/newsroom/schemas/search';
import { writeResults } from './common.mjs';
import { createBenchDatabase } from './database';

const { values: args } = parseArgs({
  // --database URL: measure a database kept by an earlier run (--keep) again, without generating.
  options: { keep: { type: 'boolean', default: false }, database: { type: 'string' }, rows: { type: 'string', default: '1000000' }, queries: { type: 'string', default: '400' }, connections: { type: 'string', default: '10' } },
});
const rows = Number(args.rows);
const queryCount = Number(args.queries);
const connections = Number(args.connections);
const PAGE_SIZE = 20;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function summarize(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1)! };
}

async function main() {
  const database = args.database ? { url: args.database, drop: async () => {} } : await createBenchDatabase('bv_search');
  const client = new pg.Client({ connectionString: database.url });
  try {
    await client.connect();

    // ── vocabulary: the demo stories' words, most frequent first ──
    const { rows: words } = await client.query<{ word: string }>(`
      SELECT word FROM (
        SELECT lower(w) AS word, count(*) AS n
        FROM articles, regexp_split_to_table(title || ' ' || sapo || ' ' || bv_body_text(body), '[^[:alpha:][:digit:]]+') AS w
        WHERE length(w) > 1 AND id NOT LIKE 'srch-%' GROUP BY 1
      ) t ORDER BY n DESC, word`);
    const vocabulary = words.map((w) => w.word);
    console.log(`vocabulary: ${vocabulary.length} words from the demo stories`);

    // ── N stories in SQL, 100,000 per statement; the search trigger fills search_vector ──
    const started = performance.now();
    await client.query('SET statement_timeout = 0');
    await client.query(`CREATE TEMP TABLE vocab AS SELECT row_number() OVER () AS i, w FROM unnest($1::text[]) AS w`, [vocabulary]);
    // A word's index follows a power law: index = floor(N * r^3) favours the first words.
    await client.query(`CREATE UNIQUE INDEX ON vocab (i)`);
    await client.query(`CREATE OR REPLACE FUNCTION pg_temp.words(n int, seed float8) RETURNS text LANGUAGE sql AS $$
      SELECT string_agg(v.w, ' ' ORDER BY g)
      FROM generate_series(1, n) AS g
      JOIN vocab v ON v.i = 1 + floor(${Number(vocabulary.length) - 1} * power(abs(sin(seed * 1000 + g * 12.9898)), 3))::int
    $$`);
    const { rows: refs } = await client.query<{ author: string; categories: string[] }>(
      `SELECT (SELECT id FROM users ORDER BY id LIMIT 1) AS author, (SELECT array_agg(id ORDER BY id) FROM categories) AS categories`,
    );
    const { author, categories } = refs[0]!;
    for (let offset = 0; offset < (args.database ? 0 : rows); offset += 100_000) {
      const count = Math.min(100_000, rows - offset);
      await client.query(
        `INSERT INTO articles (id, slug, title, sapo, body, status, published_at, author_id, category_id, updated_at)
         SELECT 'srch-' || g, 'tim-kiem-' || g,
                pg_temp.words(10 + g % 6, g),
                pg_temp.words(30, g + 0.5),
                jsonb_build_object('type', 'doc', 'content', jsonb_build_array(
                  jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', pg_temp.words(60, g + 0.25)))),
                  jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', pg_temp.words(60, g + 0.75)))))),
                'PUBLISHED', now() - g * interval '864 seconds' - interval '1 day', $1, ($2::text[])[1 + g % array_length($2::text[], 1)], now()
         FROM generate_series($3::int, $4::int) AS g`,
        [author, categories, offset + 1, offset + count],
      );
      console.log(`  … ${offset + count} stories (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
    await client.query('ANALYZE');
    const { rows: totals } = await client.query<{ n: string; size: string }>(
      `SELECT count(*) AS n, pg_size_pretty(pg_total_relation_size('articles')) AS size FROM articles WHERE status = 'PUBLISHED'`,
    );
    console.log(`published stories: ${totals[0]!.n}, articles table with indexes: ${totals[0]!.size}`);

    // ── queries: one word or two, from frequent to rare, some within a section ──
    const { rows: sections } = await client.query<{ slug: string }>(`SELECT slug FROM categories WHERE parent_id IS NULL ORDER BY position LIMIT 3`);
    const queries: SearchParams[] = [];
    for (let i = 0; i < queryCount; i++) {
      const pick = (k: number) => vocabulary[Math.floor(vocabulary.length * Math.pow(((i * 7919 + k * 104729) % 1000) / 1000, 2))]!;
      const q = i % 3 === 0 ? pick(1) : `${pick(1)} ${pick(2)}`;
      queries.push(parseSearchParams({ q, ...(i % 5 === 4 ? { 'chuyen-muc': sections[i % sections.length]!.slug } : {}) }));
    }

    // The app's own connection settings, statement timeout included: a search the app
    // would cut off counts as failed (its time is the time until it was cut).
    const prisma = createPrismaClient(database.url, { max: connections });
    type RankBy = 'head' | 'all';
    const time = async (params: SearchParams, rankBy: RankBy) => {
      const start = performance.now();
      try {
        const result = await runArticleSearch(prisma, params, PAGE_SIZE, { rankBy });
        return { ms: performance.now() - start, total: result.total, more: result.more, shown: result.articles.length, failed: false };
      } catch (error) {
        console.error(`search “${params.q}” failed after ${(performance.now() - start).toFixed(0)} ms: ${error instanceof Error ? error.message.split('\n').at(-1) : error}`);
        return { ms: performance.now() - start, total: 0, more: false, shown: 0, failed: true };
      }
    };
    // Warm PostgreSQL's buffers and the connections (not reported).
    for (const params of queries.slice(0, 20)) for (const rankBy of ['head', 'all'] as const) await time(params, rankBy);

    type Timed = Awaited<ReturnType<typeof time>>;
    const lone: Record<RankBy, Timed[]> = { head: [], all: [] };
    for (const [i, params] of queries.entries()) {
      for (const rankBy of i % 2 === 0 ? (['head', 'all'] as const) : (['all', 'head'] as const)) lone[rankBy].push(await time(params, rankBy));
    }

    const loadedMs: Record<RankBy, number[]> = { head: [], all: [] };
    const loadedFailed: Record<RankBy, number> = { head: 0, all: 0 };
    const loadedSeconds: Record<RankBy, number> = { head: 0, all: 0 };
    for (const rankBy of ['head', 'all', 'head', 'all'] as const) {
      let next = 0;
      const loadStart = performance.now();
      await Promise.all(
        Array.from({ length: connections }, async () => {
          while (next < queries.length) {
            const t = await time(queries[next++]!, rankBy);
            loadedMs[rankBy].push(t.ms);
            if (t.failed) loadedFailed[rankBy]++;
          }
        }),
      );
      loadedSeconds[rankBy] += (performance.now() - loadStart) / 1000;
    }
    await prisma.$disconnect();

    const sequential = lone.head;
    const stats = (rankBy: RankBy) => ({
      lone: summarize(lone[rankBy].map((s) => s.ms)),
      loneFailed: lone[rankBy].filter((x) => x.failed).length,
      lonePerSecond: lone[rankBy].length / (lone[rankBy].reduce((a, s) => a + s.ms, 0) / 1000),
      loaded: summarize(loadedMs[rankBy]),
      loadedFailed: loadedFailed[rankBy],
      loadedPerSecond: loadedMs[rankBy].length / loadedSeconds[rankBy],
      loadedCount: loadedMs[rankBy].length,
    });
    const head = stats('head');
    const all = stats('all');
    // The two rankings must agree on what matched (they differ only in the order).
    const disagreements = queries.filter((_, i) => lone.head[i]!.total !== lone.all[i]!.total || lone.head[i]!.more !== lone.all[i]!.more).length;
    const matchBuckets = {
      none: sequential.filter((s) => s.total === 0 && !s.failed).length,
      upTo100: sequential.filter((s) => s.total > 0 && s.total <= 100).length,
      upTo1000: sequential.filter((s) => s.total > 100 && !s.more).length,
      moreThan1000: sequential.filter((s) => s.more).length,
    };
    const slowest = sequential.map((s, i) => ({ ...s, q: queries[i]!.q, section: queries[i]!.category })).sort((a, b) => b.ms - a.ms)[0]!;
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL on the same machine`;
    const lines = [
      `# Reader search over ${Number(totals[0]!.n).toLocaleString('en')} stories — ${new Date().toISOString()}`,
      '',
      `Machine: ${machine}. The app's search code (lib/newsroom/data/article-search.ts: ranked ids among the newest ${SEARCH_CANDIDATES.toLocaleString('en')} matches, then the cards), ${PAGE_SIZE} results per page, ${queries.length} different queries (a third one word, the rest two; one in five within a section). Generated stories, 100 a day going back: 10–15-word title, 30-word sapo, 120-word body, words from the demo stories' vocabulary (${vocabulary.length} words) with a long-tailed frequency. Articles table with indexes: ${totals[0]!.size}.`,
      '',
      '| run | ranked by | searches | failed (statement timeout) | searches/s | p50 ms | p95 ms | p99 ms | max ms |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|',
      ...(
        [
          ['title and sapo (the app)', head],
          ['every word (baseline)', all],
        ] as const
      ).flatMap(([label, r]) => [
        `| one at a time | ${label} | ${queries.length} | ${r.loneFailed} | ${r.lonePerSecond.toFixed(0)} | ${r.lone.p50.toFixed(1)} | ${r.lone.p95.toFixed(1)} | ${r.lone.p99.toFixed(1)} | ${r.lone.max.toFixed(1)} |`,
        `| ${connections} at once | ${label} | ${r.loadedCount} | ${r.loadedFailed} | ${r.loadedPerSecond.toFixed(0)} | ${r.loaded.p50.toFixed(1)} | ${r.loaded.p95.toFixed(1)} | ${r.loaded.p99.toFixed(1)} | ${r.loaded.max.toFixed(1)} |`,
      ]),
      '',
      `App ÷ baseline, one at a time: p50 ${(head.lone.p50 / all.lone.p50).toFixed(2)}, p95 ${(head.lone.p95 / all.lone.p95).toFixed(2)}, p99 ${(head.lone.p99 / all.lone.p99).toFixed(2)}; ${connections} at once: p95 ${(head.loaded.p95 / all.loaded.p95).toFixed(2)}, searches/s ${(head.loadedPerSecond / all.loadedPerSecond).toFixed(2)}. Queries whose match counts differ between the two: ${disagreements} (must be 0).`,
      '',
      `Matches per query: none ${matchBuckets.none}, 1–100 ${matchBuckets.upTo100}, 101–${SEARCH_CANDIDATES.toLocaleString('en')} ${matchBuckets.upTo1000}, more than ${SEARCH_CANDIDATES.toLocaleString('en')} ${matchBuckets.moreThan1000}.`,
      `Slowest lone search: “${slowest.q}”${slowest.section ? ` in ${slowest.section}` : ''}, ${slowest.ms.toFixed(1)} ms (${slowest.more ? `more than ${slowest.total}` : slowest.total} matches).`,
      '',
      'Target (issue 7): p95 < 50 ms for 20 results over 1,000,000 rows.',
    ];
    writeResults('search', lines.join('\n'), { machine, rows: Number(totals[0]!.n), pageSize: PAGE_SIZE, head, all, disagreements, matchBuckets, slowest });
  } finally {
    await client.end().catch(() => {});
    if (args.keep || args.database) console.log(`database kept: ${database.url}`);
    else await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
