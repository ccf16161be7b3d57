// `npm run bench -- --publish N`: how long after an editor publishes a story on one instance
// of the site a reader sees it — on the same instance (the baseline) and on another
// instance behind the same load balancer (the shared cache tags in Redis), in one run.
//
// Two `next start` processes (A, B) of one production build, on one fresh database (demo
// content) and one Redis. An editor signs in on A; for each of N samples a draft is created,
// both instances are made to hold the home page in their cache (requested twice), and the
// draft is published through the real Server Action on A (POST with the session cookie, as
// the editor's browser sends it). From the moment A acknowledges the publication, A and B
// are each polled (every 10 ms) until their home page lists the story and the story's page
// answers 200. Reported: p50/p95/p99/max of the acknowledgement and of "visible on A" and
// "visible on B" after it, and B ÷ A. Results: tests/bench/results/publish-<stamp>.md/.json.
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { actionId } from '../support/next-build';
import { assertPortsFree, waitFor, writeResults } from './common.mjs';
import { appEnv, buildApp, nextStart } from './app';
import { createBenchDatabase } from './database';
import { callAction, DEMO_EDITOR, signIn } from './sign-in';

const { values: args } = parseArgs({
  options: { publish: { type: 'string', default: '40' }, 'skip-build': { type: 'boolean', default: false } },
  strict: false,
});
const samples = Number(args.publish);
const PORT_A = 3320;
const PORT_B = 3321;
const A = `http://127.0.0.1:${PORT_A}`;
const B = `http://127.0.0.1:${PORT_B}`;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const POLL_MS = 10;
const GIVE_UP_MS = 30_000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
function summarize(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1)! };
}

/** Resolves with the ms (from `from`) at which `base` shows the story: on the home page, and its own page 200. */
async function visibleAt(base: string, slug: string, title: string, from: number): Promise<number> {
  for (;;) {
    const [home, story] = await Promise.all([fetch(`${base}/`).then((r) => r.text()), fetch(`${base}/bai-viet/${slug}`).then((r) => (r.body?.cancel(), r.status))]);
    const now = performance.now();
    if (home.includes(title) && story === 200) return now - from;
    if (now - from > GIVE_UP_MS) throw new Error(`${base} did not show ${slug} within ${GIVE_UP_MS} ms`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

async function main() {
  await assertPortsFree([PORT_A, PORT_B]);
  const database = await createBenchDatabase('bv_bench_publish');
  const instances: ChildProcess[] = [];
  try {
    const env = appEnv(database, A, { REDIS_URL });
    if (!args['skip-build']) await buildApp(env);
    for (const port of [PORT_A, PORT_B]) instances.push(nextStart(port, env));
    await Promise.all([waitFor(`${A}/api/health`, 90_000), waitFor(`${B}/api/health`, 90_000)]);

    const cookies = await signIn(A);
    const publish = actionId('lib/newsroom/actions/articles.ts', 'publishArticle');
    const editor = await database.prisma.user.findUniqueOrThrow({ where: { email: DEMO_EDITOR.email }, select: { id: true } });
    const category = await database.prisma.category.findFirstOrThrow({ where: { slug: 'thi-dua-khen-thuong' }, select: { id: true } });

    const rows: { ack: number; onA: number; onB: number }[] = [];
    for (let i = 0; i < samples; i++) {
      const stamp = `${Date.now().toString(36)}-${i}`;
      const title = `Bài đo thời gian đăng ${stamp}`;
      const draft = await database.prisma.article.create({
        data: { title, slug: `bai-do-thoi-gian-dang-${stamp}`, sapo: 'Bài viết do công cụ đo hiệu năng tạo ra để đo thời gian từ lúc đăng đến lúc bạn đọc thấy.', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: title }] }] }, categoryId: category.id, authorId: editor.id, status: 'DRAFT' },
        select: { id: true, slug: true, version: true },
      });
      // Both instances hold the current home page in their cache (the second request is a hit).
      for (let k = 0; k < 2; k++) await Promise.all([A, B].map((base) => fetch(`${base}/`).then((r) => r.text())));

      const sent = performance.now();
      await callAction(A, `/admin/bai-viet/${draft.id}`, publish, cookies, [{ id: draft.id, version: draft.version }]);
      const acknowledged = performance.now();
      const [onA, onB] = await Promise.all([visibleAt(A, draft.slug, title, acknowledged), visibleAt(B, draft.slug, title, acknowledged)]);
      rows.push({ ack: acknowledged - sent, onA, onB });
      console.log(`  ${i + 1}/${samples}: acknowledged in ${(acknowledged - sent).toFixed(0)} ms; visible on A +${onA.toFixed(0)} ms, on B +${onB.toFixed(0)} ms`);
    }

    const ack = summarize(rows.map((r) => r.ack));
    const onA = summarize(rows.map((r) => r.onA));
    const onB = summarize(rows.map((r) => r.onB));
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
    const row = (name: string, s: ReturnType<typeof summarize>) => `| ${name} | ${s.p50.toFixed(0)} | ${s.p95.toFixed(0)} | ${s.p99.toFixed(0)} | ${s.max.toFixed(0)} |`;
    const lines = [
      `# Publish → visible benchmark — ${new Date().toISOString()}`,
      '',
      `Machine: ${machine}. Two \`next start\` instances (A, B) of one build, one PostgreSQL database (demo content), one Redis; ${samples} stories published on A through the publish Server Action, one at a time; each instance polled every ${POLL_MS} ms (home page lists the story and its page answers 200).`,
      '',
      '| ms | p50 | p95 | p99 | max |',
      '|---|---:|---:|---:|---:|',
      row('publish acknowledged (request → response)', ack),
      row('visible on A after the acknowledgement (same instance: baseline)', onA),
      row('visible on B after the acknowledgement (other instance)', onB),
      '',
      `B ÷ A: p50 ${(onB.p50 / onA.p50).toFixed(2)}, p95 ${(onB.p95 / onA.p95).toFixed(2)} (what sharing the expiry through Redis adds to a reader on another instance, beside the re-render every instance pays).`,
    ];
    writeResults('publish', lines.join('\n'), { machine, samples, pollMs: POLL_MS, ack, onA, onB, rows });
  } finally {
    for (const child of instances) child.kill('SIGTERM');
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
