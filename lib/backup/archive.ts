// One backup is one .tar.gz file: manifest.json, db/<table>.jsonl, media/<key>. It is
// written beside its final name as "<name>.partial" and renamed only once complete and
// flushed to disk, so a file with a backup's name is always a whole backup — a killed
// run leaves only a ".partial" (never listed, removed by the next run).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import { BackupError } from './errors';
import { MANIFEST_FILE, manifestSchema, type Manifest } from './manifest';

export const BACKUP_SUFFIX = '.tar.gz';
export const PARTIAL_SUFFIX = '.partial';

export async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function fsyncPath(target: string): Promise<void> {
  const handle = await open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Packs a staging folder (manifest.json, db/, media/) into `file`, atomically. */
export async function packArchive(staging: string, file: string): Promise<void> {
  const partial = file + PARTIAL_SUFFIX;
  await rm(partial, { force: true });
  const entries = [MANIFEST_FILE, 'db'];
  if (await stat(path.join(staging, 'media')).catch(() => null)) entries.push('media');
  await tar.create({ gzip: { level: 6 }, file: partial, cwd: staging, portable: true }, entries);
  // It holds every account's password hash and every unpublished draft: the owner only.
  await chmod(partial, 0o600);
  await fsyncPath(partial);
  await rename(partial, file);
  // The rename itself is durable only once the folder is flushed.
  await fsyncPath(path.dirname(file)).catch(() => {});
}

/**
 * Unpacks `file` into `into` and checks it whole: the manifest is well formed and every
 * table and media file it lists is there with its checksum. Throws BackupError (in
 * Vietnamese, for the person restoring) on anything else; nothing is written elsewhere.
 */
export async function unpackArchive(file: string, into: string): Promise<Manifest> {
  const name = path.basename(file);
  await mkdir(into, { recursive: true });
  try {
    await tar.extract({ file, cwd: into, strict: true });
  } catch (error) {
    throw new BackupError(`Tệp sao lưu ${name} bị hỏng hoặc không phải bản sao lưu của Bảng Vàng (${(error as Error).message}). Không có gì bị thay đổi.`);
  }
  const text = await readFile(path.join(into, MANIFEST_FILE), 'utf8').catch(() => null);
  if (text === null) throw new BackupError(`Tệp ${name} không có manifest.json: không phải bản sao lưu hoàn chỉnh. Không có gì bị thay đổi.`);
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(text));
  } catch {
    throw new BackupError(`manifest.json của ${name} không hợp lệ: tệp bị hỏng hoặc không phải bản sao lưu của Bảng Vàng. Không có gì bị thay đổi.`);
  }
  const expected = [
    ...Object.values(manifest.tables).map((t) => ({ file: t.file, sha256: t.sha256 })),
    ...Object.values(manifest.media).map((m) => ({ file: m.file, sha256: m.sha256 })),
  ];
  for (const entry of expected) {
    const target = path.resolve(into, entry.file);
    if (!target.startsWith(path.resolve(into) + path.sep)) throw new BackupError(`manifest.json của ${name} chỉ tới tệp ngoài bản sao lưu (${entry.file}).`);
    const actual = await fileSha256(target).catch(() => null);
    if (actual === null) throw new BackupError(`Bản sao lưu ${name} thiếu tệp ${entry.file}: tệp bị hỏng. Không có gì bị thay đổi.`);
    if (actual !== entry.sha256) throw new BackupError(`Bản sao lưu ${name} bị hỏng: ${entry.file} không khớp mã kiểm tra (SHA-256). Không có gì bị thay đổi.`);
  }
  return manifest;
}
