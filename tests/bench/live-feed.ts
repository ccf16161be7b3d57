// `npm run bench -- --live S`: what readers of a live story cost the server and the database,
// from one reader to a thousand, while an editor posts — beside a cached story page, in one run.
//
// One `next start` of the production build on a fresh database (demo content) and Redis, as
// deployed. An editor signs in, opens live coverage on the newest published story through the
// real Server Action, and then, phase after phase (S seconds each), wrk polls the story's feed
// (`/api/truc-tiep/<id>`) with C connections while the editor posts an entry every
// POST_EVERY_MS through the `addLiveEntry` action. A reader's page polls every
// LIVE_POLL_SECONDS, so a phase's req/s × that period is the number of readers it stands for.
//
// Database cost, from PostgreSQL's own statistics, read before the phase and again
// FLUSH_WAIT_MS after it (an idle backend reports its counts within 10 s): the reads of the
// entries' table (pg_stat_user_tables for live_entries, sequential + index scans), which
// only the feed and the desk's own page make, and all transactions on the app's database
// (pg_stat_database), which include the job workers' background polling. "editor only" (the
// same posting, no reader) gives the editor's own reads per post; what a phase reads beyond
// that, per post, is what its readers cost the database.
// Freshness: after each post is acknowledged, a separate client asks the feed every 20 ms
// until the entry is in it (through the same load): "visible after" p50/p95/max.
// Reference in the same run: the story's own cached page at 100 connections. With nginx
// installed, one more phase sends 1,000 connections through the shipped deploy/nginx.conf.
// Phases run in alternating order over R rounds; medians are reported.
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { LIVE_POLL_SECONDS } from '@/lib/newsroom/schemas/live';
import { actionId } from '../support/next-build';
import { assertPortsFree, waitFor, writeResults } from './common.mjs';
import { createBenchDatabase } from './database';
import { appEnv, buildApp, nextStart } from './app';
import { nginxAvailable, startNginx } from './nginx';
import { sampleUsage } from './resources';
import { callAction, signIn } from './sign-in';
import { runWrk, wrkAvailable, type WrkStats } from './wrk';
import { percentile, runAutocannon } from './autocannon';

const root = path.resolve(__dirname, '../..');
const { values: args } = parseArgs({
  options: { live: { type: 'string', default: '20' }, rounds: { type: 'string', default: '2' }, 'skip-build': { type: 'boolean', default: false } },
  strict: false,
});
const duration = Number(args.live);
const rounds = Number(args.rounds);
const PORT = 3330;
const NGINX_PORT = 3331;
const NGINX_STATIC_PORT = 3332;
const BASE = `http://127.0.0.1:${PORT}`;
const POST_EVERY_MS = 2_000;
const FLUSH_WAIT_MS = 11_000;
const POLL_MS = 20;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

interface Phase {
  name: string;
  /** wrk connections polling; 0 = no reader. */
  connections: number;
  /** What the readers ask for: the feed, or the story's page. */
  target: 'feed' | 'story';
  posts: boolean;
  /** Straight to `next start`, or through the shipped nginx micro-cache in front of it. */
  via?: 'nginx';
  /**
   * Readers as they really poll: `connections` readers, each asking every LIVE_POLL_SECONDS
   * (autocannon at that fixed overall rate), instead of wrk asking as fast as it can.
   */
  paced?: boolean;
}

const PHASES: Phase[] = [
  { name: 'idle', connections: 0, target: 'feed', posts: false },
  { name: 'editor only', connections: 0, target: 'feed', posts: true },
  ...[1, 10, 100, 1000].map((c): Phase => ({ name: `feed, ${c} connection${c > 1 ? 's' : ''}, editor posting`, connections: c, target: 'feed', posts: true })),
  { name: 'feed, 100 connections, no posts', connections: 100, target: 'feed', posts: false },
  ...[1, 1000].map((c): Phase => ({ name: `${c} reader${c > 1 ? 's' : ''} polling every ${LIVE_POLL_SECONDS} s, editor posting`, connections: c, target: 'feed', posts: true, paced: true })),
  { name: 'feed via nginx (deploy/nginx.conf), 1000 connections, editor posting', connections: 1000, target: 'feed', posts: true, via: 'nginx' },
  { name: 'story page (cached), 100 connections, no posts', connections: 100, target: 'story', posts: false },
];

interface PhaseRun {
  wrk?: WrkStats;
  cpuPercent: number;
  transactions: number;
  /** Scans of live_entries: reads of the entries from the database. */
  entryReads: number;
  windowSeconds: number;
  posted: number;
  visibleAfter: number[];
}

/** `readers` connections, each sending one request every LIVE_POLL_SECONDS (at least one request a second in all). */
const paced = (base: string, path: string, readers: number) => runAutocannon(base, [path], { connections: readers, duration, overallRate: Math.max(1, Math.round(readers / LIVE_POLL_SECONDS)) });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  if (!wrkAvailable()) throw new Error('the live-feed bench drives up to 1,000 connections with wrk: apt install wrk');
  await assertPortsFree([PORT, NGINX_PORT, NGINX_STATIC_PORT]);
  const withNginx = nginxAvailable();
  if (!withNginx) console.log('nginx not installed (apt install nginx-light): the phase through it is left out.');
  const phases = PHASES.filter((p) => withNginx || p.via !== 'nginx');
  const database = await createBenchDatabase('bv_bench_live');
  const stats = new pg.Client({ connectionString: adminUrl });
  await stats.connect();
  let server: ChildProcess | undefined;
  let nginx: ChildProcess | undefined;
  const closers: (() => Promise<void>)[] = [];
  try {
    const env = appEnv(database, BASE, { REDIS_URL });
    if (!args['skip-build']) await buildApp(env);
    server = nextStart(PORT, env);
    await waitFor(`${BASE}/api/health`, 90_000);

    const story = await database.prisma.article.findFirstOrThrow({
      where: { status: 'PUBLISHED', liveStartedAt: null },
      orderBy: { publishedAt: 'desc' },
      select: { id: true, slug: true },
    });
    await database.prisma.$disconnect();
    const page = `/admin/bai-viet/${story.id}`;
    const feedPath = `/api/truc-tiep/${story.id}`;
    const storyPath = `/bai-viet/${story.slug}`;
    const cookies = await signIn(BASE);
    await callAction(BASE, page, actionId('lib/newsroom/actions/live.ts', 'startLive'), cookies, [{ articleId: story.id }]);
    const addEntry = actionId('lib/newsroom/actions/live.ts', 'addLiveEntry');
    for (const p of [feedPath, storyPath]) if (!(await fetch(BASE + p)).ok) throw new Error(`${p} did not answer`);
    if (withNginx) nginx = await startNginx(root, path.join(os.tmpdir(), `${database.name}-nginx`), { appPort: PORT, cachePort: NGINX_PORT, staticPort: NGINX_STATIC_PORT, html: Buffer.from('') });

    const transactions = async () => {
      const { rows } = await stats.query<{ x: string }>('SELECT xact_commit + xact_rollback AS x FROM pg_stat_database WHERE datname = $1', [database.name]);
      return Number(rows[0]!.x);
    };
    // Table statistics are per database: read through a connection to the app's.
    const appStats = new pg.Client({ connectionString: database.url });
    await appStats.connect();
    closers.push(() => appStats.end());
    const entryReads = async () => {
      const { rows } = await appStats.query<{ n: string }>("SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) AS n FROM pg_stat_user_tables WHERE relname = 'live_entries'");
      return Number(rows[0]!.n);
    };

    let posted = 0;
    /** The editor's loop: an entry every POST_EVERY_MS until `until`, each followed until a reader sees it. */
    async function post(until: () => boolean, visibleAfter: number[]) {
      while (!until()) {
        const started = performance.now();
        const text = await callAction(BASE, page, addEntry, cookies, [{ articleId: story.id, title: `Cập nhật ${++posted}`, body: `Nội dung cập nhật số ${posted} của buổi tường thuật đo hiệu năng.` }]);
        const acknowledged = performance.now();
        const id = /"data":\{"id":"([^"]+)"/.exec(text)?.[1];
        if (!id) throw new Error(`addLiveEntry gave no id: ${text.slice(0, 200)}`);
        for (;;) {
          const feed = (await (await fetch(BASE + feedPath)).json()) as { entries: { id: string }[] };
          if (feed.entries.some((e) => e.id === id)) break;
          if (performance.now() - acknowledged > 30_000) throw new Error(`entry ${id} not in the feed after 30 s`);
          await sleep(POLL_MS);
        }
        visibleAfter.push(performance.now() - acknowledged);
        await sleep(Math.max(0, POST_EVERY_MS - (performance.now() - started)));
      }
    }

    async function runPhase(phase: Phase): Promise<PhaseRun> {
      const before = await transactions();
      const readsBefore = await entryReads();
      const windowStart = performance.now();
      const usage = sampleUsage(server!.pid!);
      const visibleAfter: number[] = [];
      const postedBefore = posted;
      let done = false;
      const editor = phase.posts ? post(() => done, visibleAfter) : Promise.resolve();
      const target = phase.target === 'feed' ? feedPath : storyPath;
      const wrk = phase.paced
        ? await paced(BASE, target, phase.connections)
        : phase.connections
        ? await runWrk(phase.via === 'nginx' ? `http://127.0.0.1:${NGINX_PORT}` : BASE, [target], { connections: phase.connections, duration, threads: Math.min(2, phase.connections) })
        : (await sleep(duration * 1000), undefined);
      done = true;
      await editor;
      const { cpuPercent } = usage.stop();
      await sleep(FLUSH_WAIT_MS);
      const after = await transactions();
      const readsAfter = await entryReads();
      return { wrk, cpuPercent, transactions: after - before, entryReads: readsAfter - readsBefore, windowSeconds: (performance.now() - windowStart) / 1000, posted: posted - postedBefore, visibleAfter };
    }

    const all: Record<string, PhaseRun[]> = {};
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? phases : [...phases].reverse();
      for (const phase of order) {
        const r = await runPhase(phase);
        (all[phase.name] ??= []).push(r);
        console.log(
          `round ${round + 1} ${phase.name}: ${r.wrk ? `${r.wrk.requestsPerSecond.toFixed(0)} req/s, p95 ${r.wrk.p95.toFixed(1)} ms, ` : ''}${r.entryReads} entry reads, ${r.transactions} transactions in ${r.windowSeconds.toFixed(0)} s, ${r.posted} posts, CPU ${r.cpuPercent.toFixed(0)} %`,
        );
      }
    }

    // ── report ──
    const summary = phases.map((phase) => {
      const runs = all[phase.name]!;
      const w = (f: (s: WrkStats) => number) => (runs[0]!.wrk ? median(runs.map((r) => f(r.wrk!))) : NaN);
      const visible = runs.flatMap((r) => r.visibleAfter).sort((a, b) => a - b);
      const requests = runs.reduce((s, r) => s + (r.wrk ? r.wrk.requestsPerSecond * duration : 0), 0);
      const transactions = runs.reduce((s, r) => s + r.transactions, 0);
      const entryReads = runs.reduce((s, r) => s + r.entryReads, 0);
      const seconds = runs.reduce((s, r) => s + r.windowSeconds, 0);
      return {
        ...phase,
        requestsPerSecond: w((s) => s.requestsPerSecond),
        p50: w((s) => s.p50),
        p95: w((s) => s.p95),
        p99: w((s) => s.p99),
        errors: runs.reduce((s, r) => s + (r.wrk ? r.wrk.errors + r.wrk.non2xx : 0), 0),
        bytes: runs[0]!.wrk?.bytesPerResponse ?? NaN,
        cpuPercent: median(runs.map((r) => r.cpuPercent)),
        requests,
        transactions,
        entryReads,
        seconds,
        transactionsPerSecond: transactions / seconds,
        posted: runs.reduce((s, r) => s + r.posted, 0),
        visibleP50: percentile(visible, 50),
        visibleP95: percentile(visible, 95),
        visibleMax: visible.at(-1) ?? NaN,
      };
    });
    const by = (name: string) => summary.find((s) => s.name === name)!;
    const idle = by('idle');
    const editorOnly = by('editor only');
    const story100 = by('story page (cached), 100 connections, no posts');
    const feed100 = by('feed, 100 connections, no posts');
    const fmt = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '–');
    // The editor's own reads per post (the desk's page after each post, and the first poll
    // after it), and what a phase's readers read beyond that.
    const perPost = editorOnly.entryReads / editorOnly.posted;
    const readersReads = (s: (typeof summary)[number]) => s.entryReads - (s.posts ? perPost * s.posted : 0);
    const paced1 = by(`1 reader polling every ${LIVE_POLL_SECONDS} s, editor posting`);
    const paced1000 = by(`1000 readers polling every ${LIVE_POLL_SECONDS} s, editor posting`);
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
    const lines = [
      `# Live coverage feed benchmark — ${new Date().toISOString()}`,
      '',
      `Machine: ${machine}. One \`next start\` (production build), PostgreSQL (demo content) and Redis. wrk (a separate process, up to 2 threads) polls \`/api/truc-tiep/<id>\` of a story under live coverage for ${duration} s per phase, ${rounds} rounds in alternating order (medians; posts and "visible after" pooled). The editor posts an entry every ${POST_EVERY_MS / 1000} s through the \`addLiveEntry\` Server Action where the phase says so. Database figures: PostgreSQL's statistics over the phase and the ${FLUSH_WAIT_MS / 1000} s after it. A reader's page polls every ${LIVE_POLL_SECONDS} s, so "readers" = req/s × ${LIVE_POLL_SECONDS}.`,
      '',
      '| phase | req/s | readers it serves | p50 ms | p95 ms | p99 ms | errors | bytes | server CPU % | entry reads from the database | readers\' reads per entry posted | readers\' reads per 1,000 requests | DB transactions/s | posts | visible after p50 / p95 / max ms |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...summary.map(
        (s) =>
          `| ${s.name} | ${fmt(s.requestsPerSecond)} | ${fmt(s.requestsPerSecond * LIVE_POLL_SECONDS)} | ${fmt(s.p50, 1)} | ${fmt(s.p95, 1)} | ${fmt(s.p99, 1)} | ${s.connections ? s.errors : '–'} | ${fmt(s.bytes)} | ${fmt(s.cpuPercent)} | ${s.entryReads} | ${s.connections && s.posted ? fmt(readersReads(s) / s.posted, 2) : '–'} | ${s.requests ? fmt((readersReads(s) * 1000) / s.requests, 3) : '–'} | ${fmt(s.transactionsPerSecond, 2)} | ${s.posts ? s.posted : '–'} | ${s.posts ? `${fmt(s.visibleP50)} / ${fmt(s.visibleP95)} / ${fmt(s.visibleMax)}` : '–'} |`,
      ),
      '',
      `"entry reads": scans of live_entries (all rounds). With no reader, each post costs ${fmt(perPost, 2)} ("editor only": the desk's page after the post, and the first poll after it). "readers' reads": a phase's entry reads beyond that, per post and per 1,000 requests — what its readers cost the database.`,
      `Readers' reads per entry posted: ${summary.filter((s) => s.connections && s.posts).map((s) => `${s.name} ${fmt(readersReads(s) / s.posted, 2)}`).join('; ')}.`,
      `Readers as they poll (each every ${LIVE_POLL_SECONDS} s, autocannon at a fixed rate, straight to the app): 1 reader ${fmt(paced1.requestsPerSecond, 1)} req/s, ${fmt(paced1.cpuPercent)} % CPU, ${fmt(readersReads(paced1) / paced1.posted, 2)} reads per post; 1,000 readers ${fmt(paced1000.requestsPerSecond, 1)} req/s, ${fmt(paced1000.cpuPercent)} % CPU, p95 ${fmt(paced1000.p95, 1)} ms, ${fmt(readersReads(paced1000) / paced1000.posted, 2)} reads per post.`,
      `feed ÷ cached story page at 100 connections, no posts: req/s ${fmt(feed100.requestsPerSecond / story100.requestsPerSecond, 3)}, p95 ${fmt(feed100.p95 / story100.p95, 2)}× (bytes ${fmt(feed100.bytes)} vs ${fmt(story100.bytes)}).`,
      ...(withNginx
        ? [
            `Through nginx (the shipped deploy/nginx.conf, 1 s micro-cache with a cache lock): ${fmt(by('feed via nginx (deploy/nginx.conf), 1000 connections, editor posting').requestsPerSecond)} req/s at 1,000 connections, the app's CPU ${fmt(by('feed via nginx (deploy/nginx.conf), 1000 connections, editor posting').cpuPercent)} % (server CPU is the app's, not nginx's), against ${fmt(by('feed, 1000 connections, editor posting').cpuPercent)} % straight to the app.`,
          ]
        : []),
      `DB transactions/s include the app's background workers: ${fmt(idle.transactionsPerSecond, 2)}/s with nothing else running ("idle").`,
    ];
    writeResults('live', lines.join('\n'), { machine, duration, rounds, postEveryMs: POST_EVERY_MS, flushWaitMs: FLUSH_WAIT_MS, summary, runs: all });
  } finally {
    server?.kill('SIGTERM');
    nginx?.kill('SIGQUIT');
    for (const close of closers) await close().catch(() => {});
    await stats.end();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
