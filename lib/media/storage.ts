// Where media files live, behind one small interface: a local folder by default
// (MEDIA_DIR), or S3-compatible object storage (MEDIA_STORAGE=s3) when several app
// instances must see the same files. Keys are relative paths such as "2026/11/abc.jpg";
// nothing outside this module knows where they end up.
import { createReadStream } from 'node:fs';
import { mkdir, realpath, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { getEnv, type Env } from '@/lib/platform/env';

export interface StoredFile {
  body: ReadableStream<Uint8Array>;
  size: number;
}

export interface MediaStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<StoredFile | null>;
  /** Removes the keys; keys that are already gone are not an error. */
  remove(keys: string[]): Promise<void>;
}

const SAFE_SEGMENT = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}$/;

/** A key is 1–6 plain path segments: no "..", no leading dot, no separators but "/". */
export function isSafeKey(key: string): boolean {
  const segments = key.split('/');
  return segments.length >= 1 && segments.length <= 6 && segments.every((s) => SAFE_SEGMENT.test(s) && !s.includes('..'));
}

function assertKey(key: string) {
  if (!isSafeKey(key)) throw new Error(`Khóa tệp không hợp lệ: ${key}`);
}

export class LocalStorage implements MediaStorage {
  constructor(private readonly dir: string) {}

  async put(key: string, body: Buffer) {
    assertKey(key);
    const file = path.resolve(this.dir, key);
    await mkdir(path.dirname(file), { recursive: true });
    // "wx": keys are never reused, so an existing file means a bug, not an update.
    await writeFile(file, body, { flag: 'wx' });
  }

  async get(key: string): Promise<StoredFile | null> {
    if (!isSafeKey(key)) return null;
    const root = await realpath(path.resolve(this.dir)).catch(() => null);
    if (!root) return null;
    // realpath resolves symbolic links too, so a link cannot lead outside the folder.
    const file = await realpath(path.resolve(root, key)).catch(() => null);
    if (!file || !file.startsWith(root + path.sep)) return null;
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    return { body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size: info.size };
  }

  async remove(keys: string[]) {
    for (const key of keys) {
      assertKey(key);
      await rm(path.resolve(this.dir, key), { force: true });
    }
  }
}

export interface S3Options {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  prefix: string;
}

/** The bucket settings of this configuration (the media library's; backups may name another bucket and prefix). */
export function s3OptionsFromEnv(env: Env): S3Options {
  return {
    bucket: env.S3_BUCKET!,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    prefix: env.S3_PREFIX,
  };
}

/**
 * A client for the options, loaded on first use (a deployment on the local folder never
 * loads the SDK). `streamedUploads`: bodies are streams, sent with a plain Content-Length —
 * otherwise the SDK sends them "aws-chunked" with a trailing checksum, which several
 * S3-compatible stores (MinIO before 2023, s3rver, some providers) keep as the bytes.
 */
export function s3Client(options: S3Options, { streamedUploads = false } = {}): Promise<import('@aws-sdk/client-s3').S3Client> {
  return import('@aws-sdk/client-s3').then(
    ({ S3Client }) =>
      new S3Client({
        region: options.region,
        endpoint: options.endpoint,
        forcePathStyle: options.forcePathStyle,
        ...(streamedUploads ? { requestChecksumCalculation: 'WHEN_REQUIRED' as const } : {}),
        credentials: options.accessKeyId && options.secretAccessKey ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } : undefined,
      }),
  );
}

export class S3Storage implements MediaStorage {
  private client: Promise<import('@aws-sdk/client-s3').S3Client>;

  constructor(private readonly options: S3Options) {
    this.client = s3Client(options);
  }

  private objectKey(key: string) {
    assertKey(key);
    return `${this.options.prefix}${key}`;
  }

  async put(key: string, body: Buffer, contentType: string) {
    const { PutObjectCommand } = await import('@aws-sdk/client-s3');
    await (await this.client).send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.objectKey(key),
        Body: body,
        ContentType: contentType,
        // Staff-only files (dossiers' attachments) must not sit in a shared cache.
        CacheControl: key.startsWith('private/') ? 'private, no-store' : 'public, max-age=31536000, immutable',
      }),
    );
  }

  async get(key: string): Promise<StoredFile | null> {
    if (!isSafeKey(key)) return null;
    const { GetObjectCommand } = await import('@aws-sdk/client-s3');
    try {
      const out = await (await this.client).send(new GetObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }));
      if (!out.Body) return null;
      return { body: out.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: Number(out.ContentLength ?? 0) };
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === 'NoSuchKey' || name === 'NotFound') return null;
      throw error;
    }
  }

  async remove(keys: string[]) {
    if (keys.length === 0) return;
    const { DeleteObjectsCommand } = await import('@aws-sdk/client-s3');
    await (await this.client).send(
      new DeleteObjectsCommand({ Bucket: this.options.bucket, Delete: { Objects: keys.map((k) => ({ Key: this.objectKey(k) })), Quiet: true } }),
    );
  }
}

export function storageFromEnv(env: Env): MediaStorage {
  if (env.MEDIA_STORAGE === 's3') return new S3Storage(s3OptionsFromEnv(env));
  return new LocalStorage(env.MEDIA_DIR);
}

let cached: MediaStorage | undefined;

/** This process's media storage, as configured. */
export function mediaStorage(): MediaStorage {
  cached ??= storageFromEnv(getEnv());
  return cached;
}
