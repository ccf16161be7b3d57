// `npm run backup`: one consistent snapshot of the database and the media files it names,
// packed into one archive with its manifest, stored, then old backups rotated out.
import { createHash } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MediaStorage } from '@/lib/media/storage';
import { processAlive } from '@/lib/platform/process-alive';
import { appliedMigrations, readTables } from './catalog';
import { dumpTable, mediaKeys } from './dump';
import { BACKUP_SUFFIX, packArchive } from './archive';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_FILE, type Manifest } from './manifest';
import { backupsToKeep, type RotationPolicy } from './rotation';
import type { Snapshot } from './snapshot';
import { backupName, FolderStore, type BackupStore } from './store';
import { BackupError } from './errors';

const root = path.resolve(__dirname, '../..');

export function appVersion(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

export interface BackupResult {
  name: string;
  size: number;
  manifest: Manifest;
  removed: string[];
}

async function copyMedia(storage: MediaStorage, key: string, file: string) {
  const stored = await storage.get(key);
  if (!stored) return null;
  await mkdir(path.dirname(file), { recursive: true });
  const hash = createHash('sha256');
  let bytes = 0;
  const source = Readable.fromWeb(stored.body as import('node:stream/web').ReadableStream<Uint8Array>);
  source.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  await pipeline(source, createWriteStream(file));
  return { bytes, sha256: hash.digest('hex') };
}

/** A lock beside the backups: two runs at once would rotate each other's files away. */
async function lockBackups(dir: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, '.backup.lock');
  const existing = Number(await readFile(file, 'utf8').catch(() => '0'));
  if (existing && existing !== process.pid && processAlive(existing)) {
    throw new BackupError(`Một lần sao lưu khác (tiến trình ${existing}) đang chạy trong ${dir}.`);
  }
  await writeFile(file, String(process.pid));
  return () => rm(file, { force: true });
}

export async function createBackup(options: {
  snapshot: () => Promise<Snapshot>;
  storage: MediaStorage;
  store: BackupStore;
  rotation?: RotationPolicy;
  now?: Date;
  log?: (line: string) => void;
}): Promise<BackupResult> {
  const log = options.log ?? (() => {});
  const store = options.store;
  const unlock = await lockBackups(store.workDir);
  try {
    if (store instanceof FolderStore) {
      const leftovers = await store.removeLeftovers();
      if (leftovers.length > 0) log(`Đã xóa phần dở dang của lần sao lưu bị ngắt: ${leftovers.join(', ')}`);
    }
    const name = backupName(options.now ?? new Date());
    const staging = path.join(store.workDir, `.staging-${name.slice(0, -BACKUP_SUFFIX.length)}`);
    await mkdir(path.join(staging, 'db'), { recursive: true, mode: 0o700 });
    try {
      const manifest: Manifest = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        createdAt: new Date().toISOString(),
        app: appVersion(),
        source: 'server',
        migrations: [],
        tables: {},
        media: {},
        missingMedia: [],
      };
      const snapshot = await options.snapshot();
      try {
        manifest.source = snapshot.source;
        manifest.createdAt = new Date().toISOString();
        manifest.migrations = await appliedMigrations(snapshot.sql);
        if (manifest.migrations.length === 0) throw new BackupError('Cơ sở dữ liệu chưa được khởi tạo (chưa có di chuyển lược đồ nào): không có gì để sao lưu.');
        for (const table of await readTables(snapshot.sql)) {
          const file = `db/${table.name}.jsonl`;
          const dump = await dumpTable(snapshot.sql, table, path.join(staging, file));
          manifest.tables[table.name] = { file, rows: dump.rows, sha256: dump.sha256, bytes: dump.bytes, columns: table.columns };
        }
        log(`CSDL: ${Object.keys(manifest.tables).length} bảng, ${Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0)} dòng.`);
        // Files are copied while the snapshot is still open: the keys are the snapshot's.
        // Keys are never reused, so a file read now is the file the row named.
        const keys = await mediaKeys(snapshot.sql);
        for (const key of [...keys.required, ...keys.optional]) {
          const file = `media/${key}`;
          const copied = await copyMedia(options.storage, key, path.join(staging, file));
          if (copied) manifest.media[key] = { file, ...copied };
          else if (keys.required.includes(key)) manifest.missingMedia.push(key);
        }
      } finally {
        await snapshot.close();
      }
      log(`Tệp ảnh: ${Object.keys(manifest.media).length}${manifest.missingMedia.length ? `, thiếu ${manifest.missingMedia.length} tệp trong kho lưu trữ` : ''}.`);
      await writeFile(path.join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
      const file = path.join(store.workDir, name);
      await packArchive(staging, file);
      const { size } = await stat(file);
      await store.put(file);
      let removed: string[] = [];
      if (options.rotation) {
        const all = await store.list();
        const keep = backupsToKeep(all, options.rotation);
        removed = all.filter((b) => !keep.has(b.name)).map((b) => b.name);
        await store.remove(removed);
      }
      return { name, size, manifest, removed };
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  } finally {
    await unlock();
  }
}
