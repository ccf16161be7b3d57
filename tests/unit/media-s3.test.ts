// The S3 storage against a real S3 protocol peer (s3rver, an S3-compatible server run
// in-process on a free port): put, get, missing keys, removal, the key prefix.
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3Storage } from '@/lib/media/storage';

let server: S3rver;
let dir: string;
let endpoint: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bv-s3-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'bangvang-media', configs: [] }] });
  const address = (await server.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('S3Storage', () => {
  it('stores, serves and removes files under its prefix', async () => {
    const storage = new S3Storage({ bucket: 'bangvang-media', region: 'us-east-1', endpoint, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true, prefix: 'media/' });
    await storage.put('2026/11/a.jpg', Buffer.from('jpeg bytes'), 'image/jpeg');
    await storage.put('2026/11/a-w480.webp', Buffer.from('webp'), 'image/webp');
    const file = await storage.get('2026/11/a.jpg');
    expect(file?.size).toBe(10);
    expect(Buffer.from(await new Response(file!.body).arrayBuffer()).toString()).toBe('jpeg bytes');
    expect(await storage.get('2026/11/missing.jpg')).toBeNull();
    expect(await storage.get('../a.jpg')).toBeNull();

    // The prefix is part of the object key: another prefix does not see the file.
    const other = new S3Storage({ bucket: 'bangvang-media', region: 'us-east-1', endpoint, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true, prefix: 'other/' });
    expect(await other.get('2026/11/a.jpg')).toBeNull();

    await storage.remove(['2026/11/a.jpg', '2026/11/a-w480.webp']);
    expect(await storage.get('2026/11/a.jpg')).toBeNull();
    expect(await storage.get('2026/11/a-w480.webp')).toBeNull();
  });
});
