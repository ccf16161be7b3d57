// Backups in an S3-compatible bucket, against a real S3 protocol peer (s3rver): stored,
// listed (only backups, under the prefix), fetched byte for byte, removed.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupName, S3Store } from '@/lib/backup/store';

let server: S3rver;
let dir: string;
let endpoint: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bv-s3-backups-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: path.join(dir, 's3'), configureBuckets: [{ name: 'bangvang', configs: [] }] });
  endpoint = `http://127.0.0.1:${((await server.run()) as AddressInfo).port}`;
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('S3Store', () => {
  it('stores, lists, fetches and removes backups under its prefix', async () => {
    const store = new S3Store({ bucket: 'bangvang', region: 'us-east-1', endpoint, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true, prefix: 'backups/', workDir: path.join(dir, 'work') });
    const names = [backupName(new Date('2026-11-30T01:00:00Z')), backupName(new Date('2026-12-01T01:00:00Z'))];
    for (const [i, name] of names.entries()) {
      const file = path.join(dir, name);
      await writeFile(file, `archive ${i}`);
      await store.put(file);
    }
    // Another prefix and a stray object are not backups of this store.
    const other = new S3Store({ bucket: 'bangvang', region: 'us-east-1', endpoint, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true, prefix: 'other/', workDir: dir });
    const stray = path.join(dir, 'notes.txt');
    await writeFile(stray, 'x');
    await other.put(stray);

    const listed = await store.list();
    expect(listed.map((b) => b.name)).toEqual(names);
    expect(listed[1]!.size).toBe('archive 1'.length);
    expect(await other.list()).toEqual([]);
    expect(await readFile(await store.fetch(names[1]!), 'utf8')).toBe('archive 1');

    await store.remove([names[0]!]);
    expect((await store.list()).map((b) => b.name)).toEqual([names[1]]);
  });
});
