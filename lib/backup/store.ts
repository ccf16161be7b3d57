// Where backups are kept: a local folder (BACKUP_DIR) or an S3-compatible bucket
// (BACKUP_STORAGE=s3 — the media library's bucket settings, under BACKUP_S3_PREFIX). Both
// list only complete backups: a local one is renamed into place once whole, an S3 object
// appears only when its upload has finished.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Env } from '@/lib/platform/env';
import { s3Client, s3OptionsFromEnv, type S3Options } from '@/lib/media/storage';
import { BACKUP_SUFFIX, PARTIAL_SUFFIX } from './archive';

export interface BackupEntry {
  name: string;
  size: number;
  createdAt: Date;
}

/** "bang-vang-2026-12-01T14-30-05-123Z.tar.gz" ↔ its time (UTC). */
export function backupName(at: Date): string {
  return `bang-vang-${at.toISOString().replace(/[:.]/g, '-')}${BACKUP_SUFFIX}`;
}

const NAME = /^bang-vang-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.tar\.gz$/;

export function parseBackupName(name: string): Date | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const at = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

export interface BackupStore {
  /** For messages: "thư mục /srv/backups", "s3://bucket/backups/". */
  readonly location: string;
  /** A local folder where a new archive is written before it is stored. */
  readonly workDir: string;
  list(): Promise<BackupEntry[]>;
  /** Stores the complete archive at `file` under its name (moving or uploading it). */
  put(file: string): Promise<void>;
  /** A local path holding the named backup (downloaded into `workDir` if need be). */
  fetch(name: string): Promise<string>;
  remove(names: string[]): Promise<void>;
}

export class FolderStore implements BackupStore {
  readonly location: string;
  readonly workDir: string;

  constructor(private readonly dir: string) {
    this.location = `thư mục ${path.resolve(dir)}`;
    this.workDir = path.resolve(dir);
  }

  async list(): Promise<BackupEntry[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const entries: BackupEntry[] = [];
    for (const name of names) {
      const createdAt = parseBackupName(name);
      if (!createdAt) continue;
      const info = await stat(path.join(this.dir, name));
      entries.push({ name, size: info.size, createdAt });
    }
    return entries.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  async put(): Promise<void> {
    // The archive was written (and renamed into place) in this folder already.
  }

  async fetch(name: string): Promise<string> {
    return path.join(this.workDir, name);
  }

  async remove(names: string[]): Promise<void> {
    for (const name of names) if (parseBackupName(name)) await rm(path.join(this.dir, name), { force: true });
  }

  /** Leftovers of runs that were killed: "*.partial" files and staging folders. */
  async removeLeftovers(): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const leftovers = names.filter((n) => n.endsWith(PARTIAL_SUFFIX) || n.startsWith('.staging-'));
    for (const name of leftovers) await rm(path.join(this.dir, name), { recursive: true, force: true });
    return leftovers;
  }
}

export interface S3StoreOptions extends S3Options {
  workDir: string;
}

export class S3Store implements BackupStore {
  readonly location: string;
  readonly workDir: string;
  private client: Promise<import('@aws-sdk/client-s3').S3Client>;

  constructor(private readonly options: S3StoreOptions) {
    this.location = `s3://${options.bucket}/${options.prefix}`;
    this.workDir = path.resolve(options.workDir);
    // Archives are uploaded as file streams; they carry their own checksums.
    this.client = s3Client(options, { streamedUploads: true });
  }

  async list(): Promise<BackupEntry[]> {
    const { ListObjectsV2Command } = await import('@aws-sdk/client-s3');
    const client = await this.client;
    const entries: BackupEntry[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: this.options.bucket, Prefix: this.options.prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        const name = (object.Key ?? '').slice(this.options.prefix.length);
        const createdAt = parseBackupName(name);
        if (createdAt) entries.push({ name, size: Number(object.Size ?? 0), createdAt });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return entries.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  async put(file: string): Promise<void> {
    const { PutObjectCommand } = await import('@aws-sdk/client-s3');
    const info = await stat(file);
    await (await this.client).send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.options.prefix + path.basename(file),
        Body: createReadStream(file),
        ContentLength: info.size,
        ContentType: 'application/gzip',
      }),
    );
    await rm(file, { force: true });
  }

  async fetch(name: string): Promise<string> {
    const { GetObjectCommand } = await import('@aws-sdk/client-s3');
    const out = await (await this.client).send(new GetObjectCommand({ Bucket: this.options.bucket, Key: this.options.prefix + name }));
    if (!out.Body) throw new Error(`s3: ${name} rỗng`);
    await mkdir(this.workDir, { recursive: true });
    const file = path.join(this.workDir, `.download-${name}`);
    await pipeline(out.Body as Readable, createWriteStream(file));
    return file;
  }

  async remove(names: string[]): Promise<void> {
    if (names.length === 0) return;
    const { DeleteObjectsCommand } = await import('@aws-sdk/client-s3');
    await (await this.client).send(
      new DeleteObjectsCommand({ Bucket: this.options.bucket, Delete: { Objects: names.map((n) => ({ Key: this.options.prefix + n })), Quiet: true } }),
    );
  }
}

export function backupStoreFromEnv(env: Env): BackupStore {
  if (env.BACKUP_STORAGE === 's3') {
    return new S3Store({ ...s3OptionsFromEnv(env), bucket: env.BACKUP_S3_BUCKET ?? env.S3_BUCKET!, prefix: env.BACKUP_S3_PREFIX, workDir: env.BACKUP_DIR });
  }
  return new FolderStore(env.BACKUP_DIR);
}
