// Backups in server mode, against this worker's seeded database: a backup taken while
// staff keep saving and an import runs holds one moment (no half import, no out-of-order
// saves), restores into a fresh database with every table and media file exactly as
// archived; a damaged or newer file, or a target with data, is refused with a Vietnamese
// message and changes nothing; an older backup is upgraded by the later migrations.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createBackup } from '@/lib/backup/backup';
import { BackupError } from '@/lib/backup/errors';
import { localMigrations, migrateTo } from '@/lib/backup/migrations';
import { restoreBackup } from '@/lib/backup/restore';
import { serverSnapshot } from '@/lib/backup/snapshot';
import { FolderStore, S3Store } from '@/lib/backup/store';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { LocalStorage } from '@/lib/media/storage';
import { freshDatabase, query, tableRows } from '../support/backup';
import { signIn, cacheCalls } from '../support/acting-as';
import { testDatabaseUrl, testPrisma } from '../support/db';

cacheCalls.updateTagThrows = true;
const { POST: importRoute } = await import('@/app/api/admin/registry-import/route');
const prisma = testPrisma();
const source = testDatabaseUrl();
const sourceMedia = new LocalStorage(inject('mediaDir'));
let work: string;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'bv-backup-test-'));
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await prisma.$disconnect();
  await rm(work, { recursive: true, force: true });
});

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function backUp(url: string, dir: string) {
  return createBackup({ snapshot: () => serverSnapshot(url), storage: sourceMedia, store: new FolderStore(dir) });
}

async function newTarget(label: string) {
  const db = await freshDatabase(label);
  cleanups.push(db.drop);
  const media = await mkdtemp(path.join(work, 'media-'));
  return { url: db.url, mediaDir: media, storage: new LocalStorage(media) };
}

async function importFile(rows: number, decision: string) {
  const unit = await prisma.unit.findFirstOrThrow({ where: { parentId: { not: null }, active: true }, select: { name: true } });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['STT', 'Số quyết định', 'Ngày ký', 'Cơ quan ban hành', 'Người ký', 'Chức vụ người ký', 'Năm thành tích', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Danh hiệu / Hình thức', 'Thành tích']);
  for (let i = 1; i <= rows; i++) {
    sheet.addRow([i, decision, '20/01/2025', 'UBND tỉnh (sao lưu)', 'Nguyễn Văn Ký', 'Phó Chủ tịch UBND tỉnh', 2024, `Người Sao Lưu ${i}`, 'Chuyên viên', unit.name, 'Lao động tiên tiến', 'Hoàn thành tốt nhiệm vụ']);
  }
  const form = new FormData();
  form.set('file', new File([new Uint8Array(await workbook.xlsx.writeBuffer())], 'sao-luu.xlsx'));
  form.set('mode', 'commit');
  return form;
}

describe('backup and restore (server mode)', () => {
  it('takes one consistent snapshot under a write load and restores it exactly', { timeout: 240_000 }, async () => {
    const registrar = await prisma.user.findFirstOrThrow({ where: { role: 'REGISTRAR', active: true }, select: { id: true } });
    const before = await tableRows(source);
    const articles = await prisma.article.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 10 });

    // The load: one writer saving stories in a known order (save n sets title "… #n"),
    // and a 400-row import — one transaction — running at the same time.
    let stop = false;
    let saves = 0;
    const saving = (async () => {
      while (!stop) {
        saves++;
        await prisma.article.update({ where: { id: articles[saves % articles.length]!.id }, data: { title: `Bài đang sửa #${saves}` } });
      }
    })();
    signIn({ id: registrar.id, role: 'REGISTRAR' });
    const form = await importFile(400, '88/QĐ-SAOLUU');
    const importing = importRoute(new Request('http://bangvang.test/api/admin/registry-import', { method: 'POST', body: form, headers: { origin: 'http://bangvang.test', host: 'bangvang.test' } }));
    const result = await backUp(source, path.join(work, 'store'));
    const imported = await importing;
    stop = true;
    await saving;
    expect(imported.status).toBe(200);
    expect(saves).toBeGreaterThan(3);
    const after = await tableRows(source);

    const target = await newTarget('restore');
    const restored = await restoreBackup({ file: path.join(work, 'store', result.name), targetUrl: target.url, storage: target.storage, force: false, backUpTarget: async () => 'x' });
    expect(restored.upgradedWith).toEqual([]);
    const rows = await tableRows(target.url);

    // Every table: the archive's rows, and tables the load did not touch exactly the source's.
    expect([...rows.keys()]).toEqual([...before.keys()]);
    let unchanged = 0;
    for (const [table, list] of rows) {
      expect(list.length, table).toBe(result.manifest.tables[table]!.rows);
      if (JSON.stringify(before.get(table)) === JSON.stringify(after.get(table))) {
        expect(list, table).toEqual(before.get(table));
        unchanged++;
      } else {
        // A table the load changed: every row it left alone is there as it was, and no
        // row is there that the source never had (by key).
        const restoredRows = new Set(list);
        const afterRows = new Set(after.get(table));
        const stable = before.get(table)!.filter((row) => afterRows.has(row));
        expect(stable.filter((row) => !restoredRows.has(row)), `${table}: rows left alone by the load`).toEqual([]);
        const id = (row: string) => (JSON.parse(row) as { id?: string }).id;
        const ids = new Set([...before.get(table)!, ...after.get(table)!].map(id));
        expect(list.filter((row) => !ids.has(id(row))), `${table}: rows the source never had`).toEqual([]);
      }
    }
    expect(unchanged).toBeGreaterThan(10);

    // One moment: the import is all there or not at all; the saves are a prefix 1…k.
    const awardCount = await query<{ n: string }>(target.url, `SELECT count(*) AS n FROM awards a JOIN decisions d ON d.id = a.decision_id WHERE d.number = '88/QĐ-SAOLUU'`);
    expect([0, 400]).toContain(Number(awardCount[0]!.n));
    const titles = await query<{ title: string }>(target.url, `SELECT title FROM articles WHERE title LIKE 'Bài đang sửa #%'`);
    const seen = titles.map((t) => Number(t.title.split('#')[1])).sort((a, b) => a - b);
    const k = seen.length ? seen[seen.length - 1]! : 0;
    // Saves go round ten stories: the last ten saves up to k are what the stories show.
    expect(seen).toEqual(Array.from({ length: Math.min(k, articles.length) }, (_, i) => k - Math.min(k, articles.length) + 1 + i));

    // Media: every file the library names, byte for byte.
    const keys = Object.keys(result.manifest.media);
    expect(keys.length).toBeGreaterThan(0);
    expect(result.manifest.missingMedia).toEqual([]);
    for (const key of keys) {
      const original = await readFile(path.join(inject('mediaDir'), key));
      const copy = await readFile(path.join(target.mediaDir, key));
      expect(sha(copy), key).toBe(sha(original));
    }
  });

  it('refuses a damaged archive, a newer one and a target holding data — changing nothing', { timeout: 180_000 }, async () => {
    const dir = path.join(work, 'refusals');
    const { name } = await backUp(source, dir);
    const file = path.join(dir, name);
    const target = await newTarget('refuse');
    const noTables = async () => (await query<{ n: string }>(target.url, `SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`))[0]!.n;

    // Bytes flipped in the middle: the gzip stream or a checksum gives it away.
    const bytes = await readFile(file);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    await writeFile(path.join(dir, 'damaged.tar.gz'), bytes);
    const damaged = restoreBackup({ file: path.join(dir, 'damaged.tar.gz'), targetUrl: target.url, storage: target.storage, force: false, backUpTarget: async () => 'x' });
    await expect(damaged).rejects.toThrow(BackupError);
    await expect(damaged).rejects.toThrow(/bị hỏng/);
    expect(await noTables()).toBe('0');

    // A well-formed archive whose rows were edited: the checksum names the table.
    const unpacked = path.join(dir, 'unpacked');
    await mkdir(unpacked, { recursive: true });
    await tar.extract({ file, cwd: unpacked });
    const users = path.join(unpacked, 'db', 'users.jsonl');
    const original = await readFile(users, 'utf8');
    await writeFile(users, original.replace('"ADMIN"', '"EDITOR"'));
    await tar.create({ gzip: true, file: path.join(dir, 'edited.tar.gz'), cwd: unpacked }, await readdir(unpacked));
    await expect(restoreBackup({ file: path.join(dir, 'edited.tar.gz'), targetUrl: target.url, storage: target.storage, force: false, backUpTarget: async () => 'x' })).rejects.toThrow(
      /db\/users\.jsonl không khớp mã kiểm tra/,
    );

    // From a newer app: a migration this checkout does not have.
    const manifestFile = path.join(unpacked, 'manifest.json');
    await writeFile(users, original);
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { migrations: { name: string; checksum: string }[] };
    manifest.migrations.push({ name: '29990101000000_from_the_future', checksum: 'x' });
    await writeFile(manifestFile, JSON.stringify(manifest));
    await tar.create({ gzip: true, file: path.join(dir, 'newer.tar.gz'), cwd: unpacked }, await readdir(unpacked));
    await expect(restoreBackup({ file: path.join(dir, 'newer.tar.gz'), targetUrl: target.url, storage: target.storage, force: false, backUpTarget: async () => 'x' })).rejects.toThrow(
      /phiên bản mới hơn.*29990101000000_from_the_future/,
    );
    expect(await noTables()).toBe('0');

    // A target with data: refused without force (nothing touched); with force, its data is backed up first.
    await restoreBackup({ file, targetUrl: target.url, storage: target.storage, force: false, backUpTarget: async () => 'x' });
    const first = await tableRows(target.url);
    await expect(restoreBackup({ file, targetUrl: target.url, storage: target.storage, force: false, backUpTarget: async () => 'x' })).rejects.toThrow(/đã có dữ liệu.*--force/);
    expect(await tableRows(target.url)).toEqual(first);
    let safety = '';
    const forced = await restoreBackup({
      file,
      targetUrl: target.url,
      storage: target.storage,
      force: true,
      backUpTarget: async () => (safety = (await backUp(target.url, path.join(work, 'safety'))).name),
    });
    expect(forced.safetyBackup).toBe(safety);
    expect((await new FolderStore(path.join(work, 'safety')).list()).map((b) => b.name)).toEqual([safety]);
    expect(await tableRows(target.url)).toEqual(first);
  });

  it('keeps backups in an S3 bucket too: stored, rotated there, fetched back and restored', { timeout: 180_000 }, async () => {
    const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: path.join(work, 's3'), configureBuckets: [{ name: 'bangvang-backups', configs: [] }] });
    const endpoint = `http://127.0.0.1:${((await server.run()) as AddressInfo).port}`;
    try {
      const store = new S3Store({ bucket: 'bangvang-backups', region: 'us-east-1', endpoint, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true, prefix: 'backups/', workDir: path.join(work, 's3-work') });
      const take = (iso: string) => createBackup({ snapshot: () => serverSnapshot(source), storage: sourceMedia, store, rotation: { daily: 1, monthly: 1 }, now: new Date(iso) });
      // One day and one month kept: each new backup is the newest of both, so the older one goes.
      const october = await take('2026-10-31T03:00:00Z');
      const morning = await take('2026-11-30T03:00:00Z');
      expect(morning.removed).toEqual([october.name]);
      const last = await take('2026-11-30T09:00:00Z');
      expect(last.removed).toEqual([morning.name]);
      expect((await store.list()).map((b) => b.name)).toEqual([last.name]);
      const target = await newTarget('from-s3');
      await restoreBackup({ file: await store.fetch(last.name), targetUrl: target.url, storage: target.storage, force: false, backUpTarget: async () => 'x' });
      expect((await tableRows(target.url)).get('users')).toEqual((await tableRows(source)).get('users'));
    } finally {
      await server.close();
    }
  });

  it('upgrades a backup taken at an older schema: the later migrations run after its rows', { timeout: 240_000 }, async () => {
    const [oldest, ...later] = localMigrations();
    expect(later.length).toBeGreaterThan(0);
    const old = await newTarget('old-schema');
    await migrateTo(old.url, [oldest!.name]);
    await query(old.url, `INSERT INTO users (id, email, name, password_hash, role, updated_at) VALUES ('u-old', 'cu@bangvang.test', 'Người dùng cũ', 'x', 'EDITOR', now())`);
    const { name } = await backUp(old.url, path.join(work, 'old'));
    const target = await newTarget('upgraded');
    const restored = await restoreBackup({ file: path.join(work, 'old', name), targetUrl: target.url, storage: target.storage, force: false, backUpTarget: async () => 'x' });
    expect(restored.upgradedWith).toEqual(later.map((m) => m.name));
    const applied = await query<{ migration_name: string }>(target.url, `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1`);
    expect(applied.map((m) => m.migration_name)).toEqual(localMigrations().map((m) => m.name));
    expect(await query(target.url, `SELECT email, name, role FROM users`)).toEqual([{ email: 'cu@bangvang.test', name: 'Người dùng cũ', role: 'EDITOR' }]);
  });
});
