// `npm run restore -- <file>`: checks the archive whole before touching anything, refuses
// a backup from a newer app or a target that holds data (unless told, and then only after
// backing that data up), brings an empty schema to the backup's migration level, loads
// and verifies the rows in one transaction, applies the migrations that came after, and
// puts the media files back.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { MediaStorage } from '@/lib/media/storage';
import { unpackArchive } from './archive';
import { appVersion } from './backup';
import { countRows, readTables } from './catalog';
import { BackupError } from './errors';
import { loadBackup } from './load';
import { compareVersions, type Manifest } from './manifest';
import { localMigrations, migrateTo } from './migrations';

const MIME: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif', svg: 'image/svg+xml', pdf: 'application/pdf' };

export interface RestoreResult {
  manifest: Manifest;
  /** Migrations applied after the rows, because the backup came from an older schema. */
  upgradedWith: string[];
  mediaWritten: number;
  /** The backup made of the target's own data before it was replaced (with force). */
  safetyBackup: string | null;
}

/** Why this app cannot take the backup, or null. */
export function versionRefusal(manifest: Manifest): string | null {
  const ours = appVersion();
  const known = new Set(localMigrations().map((m) => m.name));
  const unknown = manifest.migrations.filter((m) => !known.has(m.name));
  if (unknown.length > 0 || compareVersions(manifest.app.version, ours.version) > 0) {
    return (
      `Bản sao lưu được tạo bởi phiên bản mới hơn (${manifest.app.version}` +
      (unknown.length ? `, lược đồ có ${unknown.length} bước di chuyển mà bản này chưa có: ${unknown.map((m) => m.name).join(', ')}` : '') +
      `) so với ứng dụng đang chạy (${ours.version}). Hãy cập nhật ứng dụng rồi khôi phục lại. Không có gì bị thay đổi.`
    );
  }
  return null;
}

async function sha256(body: ReadableStream<Uint8Array>): Promise<string> {
  return createHash('sha256').update(Buffer.from(await new Response(body).arrayBuffer())).digest('hex');
}

export async function restoreBackup(options: {
  file: string;
  targetUrl: string;
  storage: MediaStorage;
  force: boolean;
  /** Backs the target's current data up before it is replaced; returns the backup's name. */
  backUpTarget: () => Promise<string>;
  log?: (line: string) => void;
}): Promise<RestoreResult> {
  const log = options.log ?? (() => {});
  const work = await mkdtemp(path.join(os.tmpdir(), 'bv-restore-'));
  try {
    const manifest = await unpackArchive(options.file, work);
    log(`Bản sao lưu hợp lệ: ${manifest.app.name} ${manifest.app.version}, tạo lúc ${manifest.createdAt} (${manifest.source === 'embedded' ? 'CSDL nhúng' : 'máy chủ PostgreSQL'}).`);
    const refusal = versionRefusal(manifest);
    if (refusal) throw new BackupError(refusal);
    const local = new Map(localMigrations().map((m) => [m.name, m.checksum]));
    for (const m of manifest.migrations) {
      if (local.get(m.name) !== m.checksum) log(`Lưu ý: bước di chuyển ${m.name} đã được sửa sau khi sao lưu (mã kiểm tra khác).`);
    }

    let safetyBackup: string | null = null;
    const client = new pg.Client({ connectionString: options.targetUrl });
    await client.connect();
    try {
      await client.query('SET statement_timeout = 0');
      const existing = await readTables(client);
      const counts = await countRows(client, existing.map((t) => t.name));
      const filled = Object.entries(counts).filter(([, n]) => n > 0);
      if (filled.length > 0) {
        const rows = filled.reduce((sum, [, n]) => sum + n, 0);
        if (!options.force) {
          throw new BackupError(
            `Cơ sở dữ liệu đích đã có dữ liệu (${rows.toLocaleString('vi-VN')} dòng trong ${filled.length} bảng). ` +
              `Khôi phục sẽ thay thế toàn bộ; nếu chắc chắn, chạy lại với --force (dữ liệu hiện có sẽ được sao lưu trước). Không có gì bị thay đổi.`,
          );
        }
        safetyBackup = await options.backUpTarget();
        log(`Đã sao lưu dữ liệu hiện có trước khi thay thế: ${safetyBackup}`);
      }
      // An empty schema, then exactly the backup's level: its rows fit the tables.
      await client.query('DROP SCHEMA IF EXISTS public CASCADE');
      await client.query('CREATE SCHEMA public');
    } finally {
      await client.end();
    }
    await migrateTo(
      options.targetUrl,
      manifest.migrations.map((m) => m.name),
    );
    const loader = new pg.Client({ connectionString: options.targetUrl });
    await loader.connect();
    try {
      await loader.query('SET statement_timeout = 0');
      await loadBackup(loader, work, manifest);
    } finally {
      await loader.end();
    }
    const rows = Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0);
    log(`Đã khôi phục ${rows.toLocaleString('vi-VN')} dòng của ${Object.keys(manifest.tables).length} bảng (đã đối chiếu số dòng và mã kiểm tra từng bảng).`);

    const backupLevel = new Set(manifest.migrations.map((m) => m.name));
    const upgradedWith = [...local.keys()].filter((name) => !backupLevel.has(name));
    if (upgradedWith.length > 0) {
      log(`Áp dụng ${upgradedWith.length} bước di chuyển mới hơn bản sao lưu…`);
      await migrateTo(options.targetUrl, 'all');
    }

    let mediaWritten = 0;
    for (const [key, entry] of Object.entries(manifest.media)) {
      const current = await options.storage.get(key);
      if (current && (await sha256(current.body)) === entry.sha256) continue;
      if (current) await options.storage.remove([key]);
      const ext = key.split('.').pop()?.toLowerCase() ?? '';
      await options.storage.put(key, await readFile(path.join(work, entry.file)), MIME[ext] ?? 'application/octet-stream');
      mediaWritten++;
    }
    log(`Tệp ảnh: ${Object.keys(manifest.media).length} (ghi mới ${mediaWritten}).`);
    return { manifest, upgradedWith, mediaWritten, safetyBackup };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
