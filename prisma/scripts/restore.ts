// `npm run restore -- <file | name from --list> [--force]` — restores a backup into the
// database of this configuration (DATABASE_URL, or the embedded one, which must not be
// running) and its media storage. Without --force a target that holds data is refused;
// with it, that data is backed up first. A backup from an older version is upgraded
// (the later migrations run after its rows are in); one from a newer version is refused.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnvConfig } from '@next/env';
import { createBackup } from '@/lib/backup/backup';
import { BackupError } from '@/lib/backup/errors';
import { restoreBackup } from '@/lib/backup/restore';
import { serverSnapshot } from '@/lib/backup/snapshot';
import { backupStoreFromEnv, S3Store } from '@/lib/backup/store';
import { startEmbeddedPostgres } from '@/lib/db/embedded';
import { storageFromEnv } from '@/lib/media/storage';
import { getEnv } from '@/lib/platform/env';

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new BackupError('Cách dùng: npm run restore -- <tệp sao lưu hoặc tên trong "npm run backup -- --list"> [--force]');
  loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production');
  const env = getEnv();
  const store = backupStoreFromEnv(env);
  const given = positionals[0]!;
  // A name from the list: fetched into BACKUP_DIR from a bucket (removed again at the end), or the folder's own file.
  const downloaded = !existsSync(given) && store instanceof S3Store;
  const file = existsSync(given) ? path.resolve(given) : await store.fetch(path.basename(given));
  if (!existsSync(file)) throw new BackupError(`Không thấy bản sao lưu ${given} (ở đường dẫn đã cho hay trong ${store.location}).`);

  const embedded = env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT });
  const targetUrl = env.DATABASE_URL ?? embedded!.url;
  console.log(`Khôi phục ${path.basename(file)} vào ${env.DATABASE_URL ? 'máy chủ PostgreSQL (DATABASE_URL)' : `CSDL nhúng ở ${path.resolve(env.EMBEDDED_DB_DIR)}`}…`);
  try {
    const storage = storageFromEnv(env);
    const result = await restoreBackup({
      file,
      targetUrl,
      storage,
      force: values.force,
      backUpTarget: async () => (await createBackup({ snapshot: () => serverSnapshot(targetUrl), storage, store })).name,
      log: (line) => console.log(line),
    });
    if (result.upgradedWith.length > 0) console.log(`Đã nâng lược đồ lên bản hiện tại: ${result.upgradedWith.join(', ')}.`);
    console.log('Khôi phục xong.');
  } finally {
    await embedded?.stop();
    if (downloaded) await rm(file, { force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? `Không khôi phục được: ${error.message}` : error);
  process.exit(1);
});
