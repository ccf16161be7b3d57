// Public reads from a read replica (Prisma's read-replicas extension), on a real streaming
// replica: a PostgreSQL cluster of this test's own, copied with pg_basebackup and kept in
// recovery. Writes and staff reads stay on the primary; a change returns only once the
// replica has it (so the public pages it expires are rendered from current data), and a
// replica that stops replaying delays a change by at most 2 s without failing it; one that is
// gone costs no read: the primary serves them until the replica is back.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { runPrismaAsync } from '@/prisma/scripts/prisma.mjs';
import { createPrismaClient } from '@/lib/db/client';
import { startCluster, startReplica, type Cluster } from '../support/pg-cluster';

// Filled once the app's modules are loaded afresh below (with their own acting-as module).
let expired: string[] = [];

let primary: Cluster;
let replica: Cluster;
let replicaAdmin: pg.Client;
let app: { db: typeof import('@/lib/db'); categories: typeof import('@/lib/newsroom/actions/categories') };

beforeAll(async () => {
  primary = startCluster(55445, 'bv-replica-primary-');
  const admin = new pg.Client({ connectionString: primary.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE bangvang');
  await admin.end();
  if ((await runPrismaAsync(['migrate', 'deploy'], { DATABASE_URL: primary.url('bangvang') })) !== 0) throw new Error('migrate failed');
  const seed = createPrismaClient(primary.url('bangvang'), { max: 1 });
  await seed.user.create({ data: { id: 'user-admin', email: 'admin@replica.test', name: 'Quản trị', passwordHash: 'x', role: 'ADMIN' } });
  await seed.$disconnect();

  replica = startReplica(primary, 55446);
  replicaAdmin = new pg.Client({ connectionString: replica.url('bangvang') });
  replicaAdmin.on('error', () => {}); // the last test stops the replica under it
  await replicaAdmin.connect();

  // The app's modules, pointed at the primary and its replica (a client cached by another
  // test file in this process would point elsewhere).
  process.env.DATABASE_URL = primary.url('bangvang');
  process.env.DATABASE_REPLICA_URLS = replica.url('bangvang');
  delete (globalThis as { bangVangDb?: unknown }).bangVangDb;
  vi.resetModules();
  app = { db: await import('@/lib/db'), categories: await import('@/lib/newsroom/actions/categories') };
  const acting = await import('../support/acting-as');
  acting.signIn({ id: 'user-admin', name: 'Quản trị', email: 'admin@replica.test', role: 'ADMIN' });
  expired = acting.cacheCalls.updated;
});

afterAll(async () => {
  await app?.db.db.$disconnect();
  await replicaAdmin?.end();
  replica?.stop();
  primary?.stop();
  delete process.env.DATABASE_REPLICA_URLS;
});

describe('read replica', () => {
  it('sends public reads to the replica, writes and staff reads to the primary', async () => {
    const { db, reader, hasReplicas } = app.db;
    expect(hasReplicas).toBe(true);
    const inRecovery = async (client: typeof db) => (await client.$queryRaw<{ r: boolean }[]>`SELECT pg_is_in_recovery() AS r`)[0]!.r;
    expect(await inRecovery(reader())).toBe(true);
    expect(await inRecovery(db)).toBe(false);
  });

  it('returns from a change only once the replica has it', async () => {
    const { reader } = app.db;
    for (let i = 1; i <= 5; i++) {
      expired.length = 0;
      const result = await app.categories.createCategory({ name: `Chuyên mục bản sao ${i}`, position: 10 + i });
      expect(result).toMatchObject({ ok: true });
      // Read at once from the replica, as the re-render of an expired page would.
      expect(await reader().category.count({ where: { name: `Chuyên mục bản sao ${i}` } })).toBe(1);
      expect(expired.length).toBeGreaterThan(0);
    }
  });

  it('waits at most 2 s for a replica that stopped replaying, and still saves the change', async () => {
    const { db, reader, replicasCaughtUp } = app.db;
    await replicaAdmin.query('SELECT pg_wal_replay_pause()');
    const warnings = vi.spyOn(console, 'warn');
    try {
      // Nothing written since the pause: nothing to wait for.
      expect(await replicasCaughtUp(300)).toBe(true);
      await db.category.update({ where: { slug: 'chuyen-muc-ban-sao-1' }, data: { position: 99 } });
      // Behind, and it stays behind: the wait ends at its deadline, answering false.
      expect(await replicasCaughtUp(300)).toBe(false);

      expired.length = 0;
      warnings.mockClear();
      expect(await app.categories.createCategory({ name: 'Chuyên mục khi bản sao dừng', position: 30 })).toMatchObject({ ok: true });
      // The action waited for the replica until its 2 s deadline, gave up, and went on.
      expect(warnings.mock.calls.map((c) => String(c[0]))).toContain('[action] replicas still behind after 2 s; the second pass will expire the tags again');
      expect(expired.length).toBeGreaterThan(0);
      expect(await db.category.count({ where: { name: 'Chuyên mục khi bản sao dừng' } })).toBe(1);
      // Only the primary has it while the replica is paused: that is what the wait is for.
      expect(await reader().category.count({ where: { name: 'Chuyên mục khi bản sao dừng' } })).toBe(0);
    } finally {
      warnings.mockRestore();
      await replicaAdmin.query('SELECT pg_wal_replay_resume()');
    }
    expect(await replicasCaughtUp()).toBe(true);
    expect(await reader().category.count({ where: { name: 'Chuyên mục khi bản sao dừng' } })).toBe(1);
  });

  it('does not hold a save when the replica is gone, and reads from the primary until it is back', async () => {
    const { db, reader, replicasCaughtUp, REPLICA_RETRY_MS } = app.db;
    const inRecovery = async () => (await reader().$queryRaw<{ r: boolean }[]>`SELECT pg_is_in_recovery() AS r`)[0]!.r;
    const warnings = vi.spyOn(console, 'warn');
    // What the wait and the fallback say when they act (lib/db/index.ts, lib/auth/with-role.ts).
    const warned = () => warnings.mock.calls.map((c) => String(c[0])).filter((w) => w.startsWith('[db] read replica unreachable') || w.startsWith('[action] replicas still behind'));
    // The retry interval is measured by Date: frozen here, so however long a loaded
    // machine takes below, the replica stays "down" until the test moves the clock on.
    // (Only Date is faked; timers and I/O run as usual.)
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      replica.stop();
      await db.category.update({ where: { slug: 'chuyen-muc-ban-sao-2' }, data: { position: 98 } });
      // A replica that cannot be reached is marked down and serves no reads: nothing to wait for.
      expect(await replicasCaughtUp(300)).toBe(true);
      expect(warned()).toEqual([expect.stringMatching(/^\[db\] read replica unreachable/)]);
      warnings.mockClear();
      expect(await app.categories.createCategory({ name: 'Chuyên mục khi mất bản sao', position: 31 })).toMatchObject({ ok: true });
      // The save did not wait for the missing replica (no wait ran out), and asked nothing of it again.
      expect(warned()).toEqual([]);
      expect(await db.category.count({ where: { name: 'Chuyên mục khi mất bản sao' } })).toBe(1);

      // Public reads go on, from the primary: models and raw SQL alike, without trying the
      // replica again while it is marked down (no new "unreachable" warning).
      expect(await reader().category.count({ where: { name: 'Chuyên mục khi mất bản sao' } })).toBe(1);
      expect(await reader().category.findUnique({ where: { slug: 'chuyen-muc-ban-sao-2' }, select: { position: true } })).toEqual({ position: 98 });
      expect(await inRecovery()).toBe(false);
      expect(warned()).toEqual([]);
      warnings.mockRestore();

      // The replica comes back and catches up; once the retry interval has passed, reads
      // return to it.
      replica.ctl('start');
      const answers = async () => {
        const probe = new pg.Client({ connectionString: replica.url('bangvang') });
        probe.on('error', () => {});
        return probe.connect().then(
          () => probe.end().then(() => true),
          () => false,
        );
      };
      await expect.poll(answers, { timeout: 60_000, interval: 200 }).toBe(true);
      expect(await inRecovery()).toBe(false); // still within the interval: the primary
      vi.setSystemTime(Date.now() + REPLICA_RETRY_MS + 1_000);
      expect(await replicasCaughtUp(10_000)).toBe(true);
      expect(await inRecovery()).toBe(true);
      expect(await reader().category.count({ where: { name: 'Chuyên mục khi mất bản sao' } })).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
