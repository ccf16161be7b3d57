// `npm run bench`: reader pages under load, side by side with a baseline, in one run.
//
// Method (tests/bench/README.md): a fresh database on the PostgreSQL server is migrated
// and seeded (demo content, plus --articles/--awards generated volume), the production
// app is built and started with `next start`, and wrk (or autocannon, where wrk is not
// installed) drives it from a separate process with C connections for D seconds per
// target, after a warm-up. Targets alternate over R rounds so drift hits all of them alike.
// Baselines in the same run: the same article's HTML from a bare node:http server, from a
// bare prerendered Next page, and as a static file from nginx. Server CPU and memory are
// read from /proc for every target.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { generateVolume } from '@/prisma/seed/generate';
import { BARE_STORY_SLUG, buildBareNext, sizedContent, startBareNext } from './bare-next';
import { nginxAvailable, startNginx } from './nginx';
import { sampleUsage } from './resources';
import { runWrk, wrkAvailable, type WrkStats } from './wrk';
import { percentile, runAutocannon } from './autocannon';
import { assertPortsFree, waitFor, writeResults } from './common.mjs';
import { createBenchDatabase } from './database';
import { appEnv, buildApp, nextStart } from './app';

const root = path.resolve(__dirname, '../..');
const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '0' },
    awards: { type: 'string', default: '0' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    'skip-build': { type: 'boolean', default: false },
    'soak-minutes': { type: 'string', default: '0' },
    generator: { type: 'string', default: wrkAvailable() ? 'wrk' : 'autocannon' },
    'search-rows': { type: 'string' },
    publish: { type: 'string' },
    live: { type: 'string' },
    // Another checkout of the app (its own node_modules and generated client): built and
    // started beside this one on the same database, each app target run on both, side by side.
    compare: { type: 'string' },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const rounds = Number(args.rounds);
const PORT = 3300;
const BASELINE_PORT = 3301;
const NGINX_CACHE_PORT = 3302;
const NGINX_STATIC_PORT = 3303;
const BARE_NEXT_PORT = 3304;
const BARE_CONFIG_PORT = 3305;
const BARE_CC_PORT = 3310; // 3306 is MySQL/MariaDB's
const COMPARE_PORT = 3311;
const compareRoot = args.compare ? path.resolve(args.compare) : null;
const COMPARED = ' (compared checkout)';
const generator = args.generator === 'wrk' ? 'wrk' : 'autocannon';

function run(command: string, argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${argv.join(' ')} exited with ${code}`))));
  });
}

/** One target's run: what the generator saw, and (from /proc) what the server spent. */
interface Stats extends WrkStats {
  /** The serving process tree: share of one core, and peak resident memory. */
  cpuPercent?: number;
  rssMaxMb?: number;
}

/** Up to 3,000 different two-word queries taken from titles, each made into a URL. */
function distinctQueries(titles: string[], toUrl: (q: string, i: number) => string): string[] {
  const pairs = new Set<string>();
  for (const title of titles) {
    const words = title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
    for (let i = 0; i + 1 < words.length; i++) pairs.add(`${words[i]} ${words[i + 1]}`);
  }
  const urls = new Set<string>();
  [...pairs].forEach((q, i) => urls.add(toUrl(q, i)));
  return [...urls].slice(0, 3000);
}


/** Drives `paths` on `url` with the chosen generator, sampling the server process `pid`. */
async function load(url: string, paths: string[], pid: number, headers: Record<string, string> = {}): Promise<Stats> {
  const usage = sampleUsage(pid);
  const stats = generator === 'wrk' ? await runWrk(url, paths, { connections, duration, headers }) : await loadAutocannon(url, paths, headers);
  return { ...stats, ...usage.stop() };
}

const loadAutocannon = (url: string, paths: string[], headers: Record<string, string> = {}) => runAutocannon(url, paths, { connections, duration, headers });

async function main() {
  if (args['search-rows']) {
    // The search at scale is its own run (tests/bench/search-scale.ts).
    await run(process.execPath, ['--import', 'tsx', path.join(__dirname, 'search-scale.ts'), '--rows', args['search-rows']], process.env);
    return;
  }
  if (args.live) {
    // Readers of a live story, from one to a thousand, while an editor posts: its own run (tests/bench/live-feed.ts).
    await run(process.execPath, ['--import', 'tsx', path.join(__dirname, 'live-feed.ts'), '--live', args.live, '--rounds', args.rounds, ...(args['skip-build'] ? ['--skip-build'] : [])], process.env);
    return;
  }
  if (args.publish) {
    // Publish → visible on the same and on another instance is its own run (tests/bench/publish-latency.ts).
    await run(process.execPath, ['--import', 'tsx', path.join(__dirname, 'publish-latency.ts'), '--publish', args.publish, ...(args['skip-build'] ? ['--skip-build'] : [])], process.env);
    return;
  }
  await assertPortsFree([PORT, BASELINE_PORT, NGINX_CACHE_PORT, NGINX_STATIC_PORT, BARE_NEXT_PORT, BARE_CONFIG_PORT, BARE_CC_PORT, ...(compareRoot ? [COMPARE_PORT] : [])]);
  // ── database ──
  const database = await createBenchDatabase('bv_bench');
  const { name, url: databaseUrl, mediaDir, prisma } = database;
  let server: ChildProcess | undefined;
  let compared: ChildProcess | undefined;
  let baseline: http.Server | undefined;
  let nginx: ChildProcess | undefined;
  let bare: ChildProcess | undefined;
  const bareConfigs: ChildProcess[] = [];
  try {
    const articles = Number(args.articles);
    const awards = Number(args.awards);
    if (articles || awards) await generateVolume(prisma, { articles, awards, log: (l) => console.log(`  … ${l}`) });
    const sample = await prisma.article.findMany({
      where: { status: 'PUBLISHED' },
      orderBy: { publishedAt: 'desc' },
      take: 20,
      select: { slug: true, title: true, sapo: true, publishedAt: true, category: { select: { name: true } } },
    });
    // The bare per-request page lists these 20 stories as search results.
    const bareResults = sample.map((a) => ({ slug: a.slug, title: a.title, sapo: a.sapo ?? '', publishedAt: a.publishedAt!.toISOString(), category: a.category.name }));
    // Queries that each ask something new, so every request reaches the database (the
    // "search" and "registry filters" targets repeat 6 and 4 URLs, served from the data cache).
    const titles = await prisma.$queryRaw<{ title: string }[]>`SELECT title FROM articles WHERE status = 'PUBLISHED' ORDER BY md5(id) LIMIT 3000`;
    const people = await prisma.$queryRaw<{ full_name: string }[]>`SELECT full_name FROM individuals WHERE publication_consent ORDER BY md5(id) LIMIT 3000`;
    const distinctSearches = distinctQueries(titles.map((t) => t.title), (q, i) => `/tim-kiem?q=${encodeURIComponent(q)}${i % 3 === 1 ? '&chuyen-muc=thi-dua-khen-thuong' : ''}`);
    const distinctFilters = [...new Set(people.flatMap((n, i) => [0, 5].map((k) => `/vinh-danh/tra-cuu?q=${encodeURIComponent(n.full_name)}&tu-nam=${2015 + ((i + k) % 10)}`)))].slice(0, 3000);
    const articleCount = await prisma.article.count({ where: { status: 'PUBLISHED' } });
    const awardCount = await prisma.award.count();
    await prisma.$disconnect();

    // ── app ──
    const env = appEnv({ url: databaseUrl, mediaDir }, `http://127.0.0.1:${PORT}`);
    if (!args['skip-build']) await buildApp(env);
    server = nextStart(PORT, env);
    const base = `http://127.0.0.1:${PORT}`;
    await waitFor(`${base}/`, 60_000);
    const compareBase = `http://127.0.0.1:${COMPARE_PORT}`;
    if (compareRoot) {
      const compareEnv = { ...env, SITE_URL: compareBase, NEXTAUTH_URL: compareBase };
      const compareNext = path.join(compareRoot, 'node_modules/next/dist/bin/next');
      if (!args['skip-build']) await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, [compareNext, 'build'], { cwd: compareRoot, env: compareEnv, stdio: ['ignore', 'inherit', 'inherit'] });
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build in ${compareRoot} exited with ${code}`))));
      });
      compared = spawn(process.execPath, [compareNext, 'start', '-p', String(COMPARE_PORT)], { cwd: compareRoot, env: compareEnv, stdio: 'ignore' });
      await waitFor(`${compareBase}/`, 60_000);
    }

    const articlePaths = sample.map((a) => `/bai-viet/${a.slug}`);
    const targets: Record<string, string[]> = {
      home: ['/'],
      category: ['/chuyen-muc/thi-dua-khen-thuong', '/chuyen-muc/kinh-te', '/chuyen-muc/xa-hoi', '/chuyen-muc/thi-dua-khen-thuong/trang/2'],
      article: articlePaths,
      search: ['thi dua khen thuong', 'chuyen doi so', 'bang khen', 'dang bo khoi', 'y te', 'doanh nghiep'].map((q) => `/tim-kiem?q=${encodeURIComponent(q)}`),
      'registry home': ['/vinh-danh'],
      // The root unit's roll-up covers every award in the registry; a generated unit's
      // covers its 50-odd sub-units.
      'unit roll-up': ['/vinh-danh/don-vi/dang-bo-khoi-co-quan-doanh-nghiep-tinh', ...(awards ? ['/vinh-danh/don-vi/don-vi-000001'] : ['/vinh-danh/don-vi/dang-bo-so-y-te'])],
      'registry filters': [
        '/vinh-danh/tra-cuu?cap=co-so&doi-tuong=ca-nhan',
        '/vinh-danh/tra-cuu?q=nguyen+van&tu-nam=2020',
        '/vinh-danh/tra-cuu?he-thong=dang&sap-xep=ten&trang=3',
        '/vinh-danh/tra-cuu?phong-trao=dot-thi-dua-chao-mung-65-nam-dang-bo-khoi',
      ],
      'xlsx export': ['/vinh-danh/khen-thuong.xlsx?phong-trao=dot-thi-dua-chao-mung-65-nam-dang-bo-khoi'],
    };
    // Not warmed: every URL of these is a first request (up to 3,000 each, used once).
    const coldTargets: Record<string, string[]> = { 'search (distinct queries)': distinctSearches, 'registry filters (distinct queries)': distinctFilters };
    // Warm every URL once; that first request is the page's first render (or, for a
    // route that is never cached such as the export, simply one request), reported apart.
    const firstRender: Record<string, number> = {};
    const warmTargets = Object.entries(targets).flatMap(([target, paths]) => [
      { target, paths, on: base },
      ...(compareRoot ? [{ target: target + COMPARED, paths, on: compareBase }] : []),
    ]);
    for (const { target, paths, on } of warmTargets) {
      const times: number[] = [];
      for (const p of paths) {
        const start = performance.now();
        const response = await fetch(on + p);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${p} answered ${response.status}`);
        times.push(performance.now() - start);
      }
      firstRender[target] = Math.max(...times);
    }

    // ── baseline: the first article's bytes from a bare node:http server ──
    const html = Buffer.from(await (await fetch(base + articlePaths[0]!)).arrayBuffer());
    baseline = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': html.length });
      res.end(html);
    });
    await new Promise<void>((resolve) => baseline!.listen(BASELINE_PORT, '127.0.0.1', resolve));

    // ── nginx (when installed): the shipped micro-cache in front of this app, and the same
    // article as a static file. Browsers send Accept-Encoding: gzip; so does this target.
    const withNginx = nginxAvailable();
    const extra: Record<string, () => Promise<Stats>> = {};
    if (withNginx) {
      nginx = await startNginx(root, path.join(os.tmpdir(), `${name}-nginx`), { appPort: PORT, cachePort: NGINX_CACHE_PORT, staticPort: NGINX_STATIC_PORT, html });
      const nginxPid = nginx.pid!;
      extra['article via nginx cache (gzip)'] = () => load(`http://127.0.0.1:${NGINX_CACHE_PORT}`, articlePaths, nginxPid, { 'accept-encoding': 'gzip' });
      extra['nginx static file'] = () => load(`http://127.0.0.1:${NGINX_STATIC_PORT}`, ['/'], nginxPid);
      // A query many readers repeat (a trending name): Next renders it at most once a second.
      extra['search via nginx cache (gzip)'] = () => load(`http://127.0.0.1:${NGINX_CACHE_PORT}`, targets.search!, nginxPid, { 'accept-encoding': 'gzip' });
      extra['registry filters via nginx cache (gzip)'] = () =>
        load(`http://127.0.0.1:${NGINX_CACHE_PORT}`, targets['registry filters']!, nginxPid, { 'accept-encoding': 'gzip' });
      for (const p of articlePaths) await (await fetch(`http://127.0.0.1:${NGINX_CACHE_PORT}${p}`, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
    } else console.log('nginx not installed (apt install nginx-light): its two baselines are left out.');
    extra['article (gzip in Node)'] = () => load(base, articlePaths, server!.pid!, { 'accept-encoding': 'gzip' });

    // ── bare Next: the newest story's content as the page of a minimal Next app ──
    // Sized to the story's response bytes: built with an estimate of the empty page's
    // weight, measured, and rebuilt (up to three more times) with the estimate corrected by
    // the bytes per unit of estimate seen so far, until it is within 2 %.
    const bareBase = `http://127.0.0.1:${BARE_NEXT_PORT}/`;
    const tried: { overhead: number; bytes: number }[] = [];
    let overhead = 6_000;
    for (let attempt = 0; ; attempt++) {
      const content = sizedContent(html.toString('utf8'), html.length, overhead);
      const bareDir = await buildBareNext(root, content, env, { results: bareResults });
      bare = startBareNext(root, bareDir, BARE_NEXT_PORT, env);
      await waitFor(bareBase, 60_000);
      const bytes = (await (await fetch(bareBase)).arrayBuffer()).byteLength;
      console.log(`bare Next page: ${bytes} bytes for a story of ${html.length}`);
      tried.push({ overhead, bytes });
      if (attempt === 3 || Math.abs(bytes - html.length) <= html.length * 0.02) break;
      // Response bytes fall as the estimate rises: by about one per unit at first, then by
      // the slope between the last two builds.
      const [a, b] = tried.slice(-2);
      const slope = a && b && b.overhead !== a.overhead && b.bytes !== a.bytes ? (b.bytes - a.bytes) / (b.overhead - a.overhead) : -1;
      overhead += (html.length - bytes) / slope;
      bare.kill('SIGTERM');
      await new Promise((resolve) => bare!.once('exit', resolve));
    }
    const barePid = bare.pid!;
    extra['bare Next page'] = () => load(`http://127.0.0.1:${BARE_NEXT_PORT}`, ['/'], barePid);
    extra['bare Next page, dynamic route'] = () => load(`http://127.0.0.1:${BARE_NEXT_PORT}`, [`/bai-viet/${BARE_STORY_SLUG}`], barePid);
    // Its per-request page: as many different URLs as the distinct searches, never repeated.
    const bareSearches = distinctSearches.map((p) => p.replace(/&.*$/, ''));
    extra['bare Next page rendered per request'] = () => load(`http://127.0.0.1:${BARE_NEXT_PORT}`, bareSearches, barePid);
    // The same content again, built with the app's cacheComponents, then with all of the
    // app's per-request Next settings: what each costs, apart from our code.
    for (const [config, port, target] of [
      ['cacheComponents', BARE_CC_PORT, 'bare Next page, dynamic route, cacheComponents'],
      ['app', BARE_CONFIG_PORT, "bare Next page, dynamic route, app's Next config"],
    ] as const) {
      const dir = await buildBareNext(root, sizedContent(html.toString('utf8'), html.length, overhead), env, { config });
      const child = startBareNext(root, dir, port, env);
      bareConfigs.push(child);
      await waitFor(`http://127.0.0.1:${port}/`, 60_000);
      extra[target] = () => load(`http://127.0.0.1:${port}`, [`/bai-viet/${BARE_STORY_SLUG}`], child.pid!);
    }
    extra['article (newest story only)'] = () => load(base, [articlePaths[0]!], server!.pid!);

    const all: Record<string, Stats[]> = {};
    // With --compare, each app target is followed by the same target on the compared checkout
    // (the order flips every round with the rest), so both meet the same machine state.
    const appNames = [...Object.keys(targets), ...Object.keys(coldTargets)];
    if (compareRoot) {
      for (const target of Object.keys(targets)) extra[target + COMPARED] = () => load(compareBase, targets[target]!, compared!.pid!);
    }
    const names = [...appNames.flatMap((t) => (compareRoot ? [t, t + COMPARED] : [t])), ...Object.keys(extra).filter((t) => !t.endsWith(COMPARED)), 'baseline'];
    // Each round takes its own share of a cold target's URLs, so no round repeats another's.
    const share = (paths: string[], round: number) => paths.slice(Math.floor((round * paths.length) / rounds), Math.floor(((round + 1) * paths.length) / rounds));
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? names : [...names].reverse();
      for (const target of order) {
        const stats =
          target === 'baseline'
            ? await load(`http://127.0.0.1:${BASELINE_PORT}`, ['/'], process.pid)
            : extra[target]
              ? await extra[target]()
              : coldTargets[target]
                ? await load(base, share(coldTargets[target], round), server!.pid!)
                : target.endsWith(COMPARED) && coldTargets[target.slice(0, -COMPARED.length)]
                  ? await load(compareBase, share(coldTargets[target.slice(0, -COMPARED.length)]!, round), compared!.pid!)
                : await load(base, targets[target]!, server!.pid!);
        (all[target] ??= []).push(stats);
        console.log(`round ${round + 1} ${target}: ${stats.requestsPerSecond.toFixed(0)} req/s, p95 ${stats.p95.toFixed(1)} ms, server CPU ${stats.cpuPercent?.toFixed(0)} %, RSS ${stats.rssMaxMb?.toFixed(0)} MB`);
      }
    }

    // ── soak (optional): a reader mix at half of its measured capacity for M minutes ──
    const soakMinutes = Number(args['soak-minutes']);
    let soak: { minutes: number; rate: number; requests: number; errors: number; rssFirstMinuteMb: number; rssLastMinuteMb: number; growthPercent: number; p99: number } | undefined;
    if (soakMinutes > 0) {
      const mix = ['home', 'category', 'article', 'registry home', 'unit roll-up', 'search'];
      const paths = mix.flatMap((t) => targets[t]!);
      // Capacity of the mix: the harmonic mean of its targets' rates, weighted by URL count.
      const medianRps = (t: string) => [...all[t]!.map((r) => r.requestsPerSecond)].sort((a, b) => a - b)[Math.floor(all[t]!.length / 2)]!;
      const capacity = paths.length / mix.reduce((sum, t) => sum + targets[t]!.length / medianRps(t), 0);
      const rate = Math.max(1, Math.round(capacity / 2));
      console.log(`soak: ${soakMinutes} min at ${rate} req/s (half of the mix's ${capacity.toFixed(0)} req/s)`);
      const rss: { at: number; mb: number }[] = [];
      const { processTree } = await import('./resources');
      const started = Date.now();
      const timer = setInterval(() => rss.push({ at: Date.now() - started, mb: processTree(server!.pid!).reduce((sum, p) => sum + p.rssKb, 0) / 1024 }), 5_000);
      const latencies: number[] = [];
      const result = await new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon({ url: base, connections, duration: soakMinutes * 60, overallRate: rate, requests: paths.map((p) => ({ method: 'GET' as const, path: p })) }, (error, res) => (error ? reject(error) : resolve(res)));
        instance.on('response', (_c, _s, _b, t) => latencies.push(t));
      });
      clearInterval(timer);
      latencies.sort((a, b) => a - b);
      const avg = (xs: { mb: number }[]) => xs.reduce((sum, x) => sum + x.mb, 0) / Math.max(1, xs.length);
      const first = avg(rss.filter((r) => r.at <= 60_000));
      const last = avg(rss.filter((r) => r.at >= soakMinutes * 60_000 - 60_000));
      soak = { minutes: soakMinutes, rate, requests: result.requests.total, errors: result.errors + result.timeouts + result.non2xx, rssFirstMinuteMb: first, rssLastMinuteMb: last, growthPercent: ((last - first) / first) * 100, p99: percentile(latencies, 99) };
      console.log(`soak: ${JSON.stringify(soak)}`);
    }

    // ── report ──
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const summary = names.map((target) => {
      const runs = all[target]!;
      return {
        target,
        requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
        p50: median(runs.map((r) => r.p50)),
        p95: median(runs.map((r) => r.p95)),
        p99: median(runs.map((r) => r.p99)),
        errors: runs.reduce((s, r) => s + r.errors + r.non2xx, 0),
        bytes: runs[0]!.bytesPerResponse,
        cpuPercent: median(runs.map((r) => r.cpuPercent ?? NaN)),
        rssMaxMb: Math.max(...runs.map((r) => r.rssMaxMb ?? NaN)),
      };
    });
    const baselineRps = summary.find((s) => s.target === 'baseline')!.requestsPerSecond;
    const rps = (target: string) => summary.find((s) => s.target === target)?.requestsPerSecond ?? NaN;
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
    const lines = [
      `# Reader and registry pages benchmark — ${new Date().toISOString()}`,
      '',
      `Machine: ${machine}. Load generator: ${generator === 'wrk' ? 'wrk (1 thread, a separate process)' : 'autocannon (in the bench process)'} on the same machine. ${connections} connections, ${duration} s per target, ${rounds} rounds (medians shown). Published stories: ${articleCount}; awards: ${awardCount}.`,
      '',
      '| target | req/s | × baseline | p50 ms | p95 ms | p99 ms | errors | bytes | server CPU % | server RSS MB | first render ms |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...summary.map(
        (s) =>
          `| ${s.target} | ${s.requestsPerSecond.toFixed(0)} | ${(s.requestsPerSecond / baselineRps).toFixed(3)} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.p99.toFixed(1)} | ${s.errors} | ${s.bytes} | ${s.cpuPercent.toFixed(0)} | ${s.rssMaxMb.toFixed(0)} | ${firstRender[s.target] === undefined ? '–' : firstRender[s.target]!.toFixed(0)} |`,
      ),
      '',
      `article (newest story only) ÷ bare Next page: ${(rps('article (newest story only)') / rps('bare Next page')).toFixed(3)} (the same story's content, as the page of a minimal Next app at /, prerendered, no data layer; bytes per response ${summary.find((s) => s.target === 'article (newest story only)')?.bytes} vs ${summary.find((s) => s.target === 'bare Next page')?.bytes}: the bare page carries the story's visible markup, padded with a hidden copy to the same size).`,
      `article (newest story only) ÷ bare Next page, dynamic route: ${(rps('article (newest story only)') / rps('bare Next page, dynamic route')).toFixed(3)} (the same bare page under /bai-viet/[slug], prerendered from generateStaticParams like the stories: Next's own cost of matching a dynamic route is then on both sides).`,
      `article (newest story only) ÷ bare Next page, dynamic route, app's Next config: ${(rps('article (newest story only)') / rps("bare Next page, dynamic route, app's Next config")).toFixed(3)}; that bare page ÷ the same with Next's defaults: ${(rps("bare Next page, dynamic route, app's Next config") / rps('bare Next page, dynamic route')).toFixed(3)}, of which cacheComponents alone ${(rps('bare Next page, dynamic route, cacheComponents') / rps('bare Next page, dynamic route')).toFixed(3)} (the bare app built with the app's cacheComponents, then also its security headers and redirect rules, taken from next.config.ts: what those Next features cost per request, apart from our code).`,
      `search (distinct queries) ÷ bare Next page rendered per request: ${(rps('search (distinct queries)') / rps('bare Next page rendered per request')).toFixed(3)}; registry filters (distinct queries) ÷ it: ${(rps('registry filters (distinct queries)') / rps('bare Next page rendered per request')).toFixed(3)} (a page of the bare app rendered on every request, Next's defaults, no data layer: a form and the 20 newest stories as results, each a small React tree; Next's own ceiling for a page that cannot be cached).`,
      'server CPU %: the serving process tree (100 = one core busy); RSS: its peak resident memory during the target.',
      'baseline: the same article HTML served from memory by a bare node:http server (in the bench process).',
      ...(withNginx
        ? [
            'nginx static file: the same article HTML as a file from nginx (uncompressed). article via nginx cache: the 20 stories through deploy/nginx.conf (1 s micro-cache, gzip stored), requested with Accept-Encoding: gzip.',
            `article via nginx cache ÷ nginx static file: ${(summary.find((s) => s.target === 'article via nginx cache (gzip)')!.requestsPerSecond / summary.find((s) => s.target === 'nginx static file')!.requestsPerSecond).toFixed(3)}.`,
          ]
        : []),
      'article (gzip in Node): the same stories straight from next start, compressed by Next per response.',
      'first render: the slowest first request among the target\'s URLs on a fresh server (cache empty), before the load.',
      ...(compareRoot
        ? [
            '',
            `Compared checkout: ${compareRoot} (built and started beside this one, same database; each target ran on both back to back, alternating order by round).`,
            '',
            '| target | req/s this / compared | ratio | p50 ms this / compared | p95 ms this / compared | p99 ms this / compared |',
            '|---|---:|---:|---:|---:|---:|',
            ...appNames.map((t) => {
              const a = summary.find((s) => s.target === t)!;
              const b = summary.find((s) => s.target === t + COMPARED)!;
              return `| ${t} | ${a.requestsPerSecond.toFixed(0)} / ${b.requestsPerSecond.toFixed(0)} | ${(a.requestsPerSecond / b.requestsPerSecond).toFixed(3)} | ${a.p50.toFixed(1)} / ${b.p50.toFixed(1)} | ${a.p95.toFixed(1)} / ${b.p95.toFixed(1)} | ${a.p99.toFixed(1)} / ${b.p99.toFixed(1)} |`;
            }),
          ]
        : []),
      ...(soak
        ? [
            '',
            `Soak: ${soak.minutes} min of a reader mix (home, sections, stories, registry home, unit pages, search) at ${soak.rate} req/s (half of the mix's measured capacity), autocannon at a fixed rate: ${soak.requests} requests, ${soak.errors} errors, p99 ${soak.p99.toFixed(1)} ms; server RSS ${soak.rssFirstMinuteMb.toFixed(0)} MB in the first minute → ${soak.rssLastMinuteMb.toFixed(0)} MB in the last (${soak.growthPercent >= 0 ? '+' : ''}${soak.growthPercent.toFixed(1)} %).`,
          ]
        : []),
    ];
    writeResults('reader', lines.join('\n'), { machine, generator, connections, duration, rounds, articleCount, awardCount, firstRender, summary, soak, runs: all });
  } finally {
    server?.kill('SIGTERM');
    compared?.kill('SIGTERM');
    bare?.kill('SIGTERM');
    for (const child of bareConfigs) child.kill('SIGTERM');
    nginx?.kill('SIGQUIT');
    baseline?.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
