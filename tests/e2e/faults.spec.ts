// Faults under a bounded load on loopback, against one instance of the e2e build running on
// a PostgreSQL cluster and a Redis of this test's own (so restarting them disturbs nothing
// else): PostgreSQL restarted mid-load → errors for the gap only, recovery without
// restarting the app, every acknowledged write still there; Redis killed mid-load →
// pages still served and changes still shown on the instance that made them.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import pg from 'pg';
import { startCluster, type Cluster } from '../support/pg-cluster';
import { actionId, prepareDatabase, stopProcesses, until } from './support';

const PG_PORT = 55433;
const REDIS_PORT = 6395;
const APP_PORT = 3221;
const BASE = `http://127.0.0.1:${APP_PORT}`;
const PASSWORD = 'bangvang-demo-2024';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const databaseUrl = `postgresql://postgres@127.0.0.1:${PG_PORT}/bangvang`;
let cluster: Cluster;
let app: ChildProcess;
let redis: ChildProcess | undefined;
const logs: string[] = [];

test.beforeAll(async () => {
  // A database to create, migrate and seed, and servers to start: more than a hook's default 30 s.
  test.setTimeout(180_000);
  cluster = startCluster(PG_PORT, 'bv-faults-');
  const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${PG_PORT}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE bangvang');
  await admin.end();
  const mediaDir = path.join(path.dirname(cluster.dataDir), 'media');
  prepareDatabase(databaseUrl, mediaDir);

  redis = spawn('redis-server', ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  app = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(APP_PORT)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`,
      MEDIA_DIR: mediaDir,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      SITE_URL: BASE,
      NEXTAUTH_URL: BASE,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout!.on('data', (d) => logs.push(String(d)));
  app.stderr!.on('data', (d) => logs.push(String(d)));
  await until(async () => (await fetch(`${BASE}/api/health`)).ok, 90_000, () => logs.slice(-30).join(''));
});

test.afterAll(async () => {
  await stopProcesses([app, redis]);
  cluster?.stop();
});

async function signInAsAdmin(browser: Browser) {
  const context = await browser.newContext({ baseURL: BASE });
  const page = await context.newPage();
  await page.goto('/dang-nhap?next=%2Fadmin');
  await page.getByLabel('Email').fill('quantri@bangvang.local');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === '/admin');
  return { context, page };
}

interface Tally {
  requests: number;
  errors: number;
  firstError?: number;
  lastError?: number;
  /** When each failed request was sent (from the load's own clock, for ordering only). */
  failedStarts: number[];
  acknowledged: string[];
}

const newTally = (): Tally => ({ requests: 0, errors: 0, failedStarts: [], acknowledged: [] });

/** Load runs until `count` writes are acknowledged in all: a quantity of work, not a time. */
async function untilAcknowledged(tally: Tally, count: number) {
  await until(async () => tally.acknowledged.length >= count, 120_000, () => `${tally.acknowledged.length} of ${count} writes acknowledged, ${tally.errors} errors\n${logs.slice(-30).join('')}`);
}

/** Readers on pages that must reach the database, and one writer creating sections, until stopped. */
function load(request: APIRequestContext, tally: Tally, prefix: string) {
  let running = true;
  const create = actionId('lib/newsroom/actions/categories.ts', 'createCategory');
  const note = (ok: boolean, sentAt: number) => {
    tally.requests++;
    if (ok) return;
    tally.errors++;
    tally.failedStarts.push(sentAt);
    tally.firstError ??= Date.now();
    tally.lastError = Date.now();
  };
  const readers = ['/api/health', '/tim-kiem?q=thi+dua', '/vinh-danh/tra-cuu?q=lao+dong', '/'].map(async (url) => {
    while (running) {
      const sentAt = Date.now();
      note(await fetch(`${BASE}${url}`).then((r) => r.ok, () => false), sentAt);
    }
  });
  const writer = (async () => {
    for (let i = 0; running; i++) {
      const slug = `${prefix}-${i}`;
      const sentAt = Date.now();
      const response = await request
        .post(`${BASE}/admin/chuyen-muc`, {
          headers: { 'next-action': create, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8', origin: BASE },
          data: JSON.stringify([{ name: `Chuyên mục tải ${i}`, slug, description: '', position: '0' }]),
          maxRedirects: 0,
        })
        .catch(() => null);
      const ok = !!response && response.status() === 200 && (await response.text()).includes('"ok":true');
      note(ok, sentAt);
      if (ok) tally.acknowledged.push(slug);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return async () => {
    running = false;
    await Promise.all([...readers, writer]);
  };
}

test('PostgreSQL restarted mid-load: errors for the gap only, recovery without a restart, no acknowledged write lost', async ({ browser }) => {
  const { context, page } = await signInAsAdmin(browser);

  const tally = newTally();
  const stop = load(page.request, tally, `tai-${Date.now()}`);
  // Under way first: writes acknowledged, and none of the load failing before the restart.
  await untilAcknowledged(tally, 10);
  const before = { ...tally, acknowledged: tally.acknowledged.length };
  const restartAt = Date.now();
  cluster.ctl('-m', 'fast', 'restart');
  const upAt = Date.now();
  const recoveredAt = await until(async () => (await fetch(`${BASE}/api/health`)).ok, 60_000, () => logs.slice(-30).join(''));
  // Then as much work again after recovery: writes go through without restarting the app.
  const atRecovery = tally.acknowledged.length;
  await untilAcknowledged(tally, atRecovery + 10);
  await stop();

  console.info(
    `[faults] PostgreSQL restart took ${upAt - restartAt} ms; app healthy ${recoveredAt - upAt} ms after; ` +
      `${tally.requests} requests, ${tally.errors} errors` +
      (tally.firstError ? ` between +${tally.firstError - restartAt} ms and +${tally.lastError! - restartAt} ms` : '') +
      `; ${tally.acknowledged.length} writes acknowledged (${before.acknowledged} before the restart)`,
  );
  expect(before.errors, 'no errors before the restart').toBe(0);
  // Errors only inside the gap: every request that failed had been sent before the app
  // answered healthy again; nothing sent after recovery failed.
  expect(tally.failedStarts.filter((sentAt) => sentAt >= recoveredAt), 'requests sent after recovery that failed').toEqual([]);
  expect(tally.acknowledged.length).toBeGreaterThan(before.acknowledged);
  // The app recovered without a restart: same process, and writes go through again.
  expect(app.exitCode).toBeNull();
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query<{ slug: string }>('SELECT slug FROM categories WHERE slug = ANY($1::text[])', [tally.acknowledged]);
  await db.end();
  expect(rows.map((r) => r.slug).sort()).toEqual([...tally.acknowledged].sort());
  await context.close();
});

test('Redis killed mid-load: pages still served, a change still shown on its instance', async ({ browser }) => {
  const { context, page } = await signInAsAdmin(browser);

  const tally = newTally();
  const stop = load(page.request, tally, `redis-${Date.now()}`);
  await untilAcknowledged(tally, 5);
  redis!.kill('SIGKILL');
  redis = undefined;
  // The app sees the link drop at once (the socket closes); then a run of work without it.
  const atKill = tally.acknowledged.length;
  await untilAcknowledged(tally, atKill + 10);
  await stop();
  console.info(`[faults] Redis killed: ${tally.requests} requests, ${tally.errors} errors, ${tally.acknowledged.length} writes acknowledged`);
  expect(tally.errors).toBe(0);
  expect(app.exitCode).toBeNull();
  // The last section created after Redis died is on the public site of this instance.
  const last = tally.acknowledged.at(-1)!;
  expect((await fetch(`${BASE}/chuyen-muc/${last}`)).status).toBe(200);
  await context.close();
});
