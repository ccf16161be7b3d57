// Faults below the browser: a runaway query is cut by the statement timeout, not left
// hanging; a process killed in the middle of an import leaves nothing half-written, and
// the same file then imports whole. (PostgreSQL restarted under load, and Redis gone, are
// in tests/e2e/faults.spec.ts and tests/integration/cache-handler.test.ts.)
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl, testPg, testPrisma } from '../support/db';

const { createPrismaClient, STATEMENT_TIMEOUT_MS } = await import('@/lib/db/client');
const prisma = testPrisma();
let client: pg.Client;
beforeAll(async () => {
  client = await testPg();
});
afterAll(async () => {
  await client.end();
});

describe('statement timeout', () => {
  it('cancels a query that runs past the limit, and the connection keeps working', async () => {
    const short = createPrismaClient(testDatabaseUrl(), { max: 1, statementTimeoutMs: 300 });
    // The query would sleep past this test's own time limit: only the server's statement
    // timeout (SQLSTATE 57014, "canceling statement due to statement timeout") can end it.
    await expect(short.$queryRaw`SELECT pg_sleep(600)`).rejects.toThrow(/statement timeout|57014/);
    expect(await short.$queryRaw<{ one: number }[]>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    await short.$disconnect();
  });

  it('the app’s own client has a limit on every connection', async () => {
    expect(STATEMENT_TIMEOUT_MS).toBeGreaterThan(0);
    const rows = await prisma.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    expect(rows[0]!.statement_timeout).not.toBe('0');
  });
});

describe('a crash in the middle of an import', () => {
  const NUMBER = `77/CRASH-${Date.now() % 100_000}`;
  const PREFIX = 'Người Sự Cố';
  let file: string;

  beforeAll(async () => {
    const unit = await prisma.unit.findFirstOrThrow({ where: { parentId: { not: null }, active: true }, select: { name: true } });
    const header = 'STT,Số quyết định,Ngày ký,Cơ quan ban hành,Người ký,Chức vụ người ký,Năm thành tích,Họ và tên,Chức vụ,Đơn vị,Danh hiệu / Hình thức,Thành tích';
    const lines = Array.from({ length: 10_000 }, (_, i) => `${i + 1},${NUMBER},20/01/2025,UBND tỉnh (kiểm thử sự cố),Nguyễn Văn Ký,Phó Chủ tịch UBND tỉnh,2024,${PREFIX} ${i + 1},Chuyên viên,"${unit.name}",Lao động tiên tiến,Hoàn thành tốt nhiệm vụ`);
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bv-crash-')), 'su-co.csv');
    writeFileSync(file, [header, ...lines].join('\n'));
  });

  const written = async () => {
    const { rows } = await client.query<{ people: string; decisions: string; awards: string }>(
      `SELECT (SELECT count(*) FROM individuals WHERE full_name LIKE $1) AS people,
              (SELECT count(*) FROM decisions WHERE number = $2) AS decisions,
              (SELECT count(*) FROM awards a JOIN decisions d ON d.id = a.decision_id WHERE d.number = $2) AS awards`,
      [`${PREFIX} %`, NUMBER],
    );
    return { people: Number(rows[0]!.people), decisions: Number(rows[0]!.decisions), awards: Number(rows[0]!.awards) };
  };

  it('killed while writing: nothing of the file is in the register', async () => {
    const url = new URL(testDatabaseUrl());
    url.searchParams.set('application_name', 'bv-import-crash');
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/support/import-child.ts', file], {
      env: { ...process.env, DATABASE_URL: url.toString(), NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));

    // Wait until its transaction has started writing rows, then kill it outright.
    const writing = async () =>
      (
        await client.query(
          `SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
           WHERE a.application_name = 'bv-import-crash' AND l.mode = 'RowExclusiveLock' AND l.relation IN ('individuals'::regclass, 'awards'::regclass, 'decisions'::regclass)`,
        )
      ).rowCount! > 0;
    await expect.poll(writing, { timeout: 60_000, interval: 20 }).toBe(true);
    child.kill('SIGKILL');
    await exited;
    expect(output).not.toContain('"ok":true');

    // The server notices the dead client and rolls its transaction back.
    await expect
      .poll(async () => (await client.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = 'bv-import-crash'`)).rowCount, { timeout: 60_000, interval: 200 })
      .toBe(0);
    expect(await written()).toEqual({ people: 0, decisions: 0, awards: 0 });
  }, 120_000);

  it('the same file then imports whole', async () => {
    const { readFileSync } = await import('node:fs');
    const { commitImport } = await import('@/lib/registry/data/import-commit');
    const registrar = { id: 'user-registrar', name: 'Phạm Minh Châu', email: 'thiduakhenthuong@bangvang.local', role: 'REGISTRAR' as const, unitId: null };
    const result = await commitImport(registrar, readFileSync(file), 'su-co.csv', {}, false);
    expect(result).toMatchObject({ ok: true });
    expect(await written()).toEqual({ people: 10_000, decisions: 1, awards: 10_000 });
    // What the import wrote goes again: other files count registry rows and clean up their own.
    await client.query(`DELETE FROM awards a USING decisions d WHERE d.id = a.decision_id AND d.number = $1`, [NUMBER]);
    await client.query(`DELETE FROM decisions WHERE number = $1`, [NUMBER]);
    await client.query(`DELETE FROM individuals WHERE full_name LIKE $1`, [`${PREFIX} %`]);
  }, 120_000);
});
