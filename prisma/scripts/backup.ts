// `npm run backup` — one archive of the database and the media library, in BACKUP_DIR
// (or the S3 bucket when BACKUP_STORAGE=s3), then rotation: the newest backup of each of
// the last BACKUP_KEEP_DAILY days and BACKUP_KEEP_MONTHLY months is kept.
// `npm run backup -- --list` lists the stored backups. Works while the site is running,
// in both database modes (see lib/backup/snapshot.ts).
import { parseArgs } from 'node:util';
import { loadEnvConfig } from '@next/env';
import { createBackup } from '@/lib/backup/backup';
import { BackupError } from '@/lib/backup/errors';
import { embeddedSnapshot, serverSnapshot } from '@/lib/backup/snapshot';
import { backupStoreFromEnv } from '@/lib/backup/store';
import { storageFromEnv } from '@/lib/media/storage';
import { getEnv } from '@/lib/platform/env';

const count = (value: string | undefined, fallback: number, flag: string) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new BackupError(`${flag} phải là số nguyên không âm (nhận "${value}").`);
  return n;
};

async function main() {
  const { values } = parseArgs({ options: { list: { type: 'boolean', default: false }, 'keep-daily': { type: 'string' }, 'keep-monthly': { type: 'string' } } });
  loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production');
  const env = getEnv();
  const store = backupStoreFromEnv(env);
  if (values.list) {
    const backups = await store.list();
    console.log(`Các bản sao lưu trong ${store.location}: ${backups.length}`);
    for (const b of backups) {
      console.log(`  ${b.name}  ${(b.size / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB  ${b.createdAt.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}`);
    }
    return;
  }
  const started = Date.now();
  const result = await createBackup({
    snapshot: () => (env.DATABASE_URL ? serverSnapshot(env.DATABASE_URL) : embeddedSnapshot(env.EMBEDDED_DB_DIR)),
    storage: storageFromEnv(env),
    store,
    rotation: { daily: count(values['keep-daily'], env.BACKUP_KEEP_DAILY, '--keep-daily'), monthly: count(values['keep-monthly'], env.BACKUP_KEEP_MONTHLY, '--keep-monthly') },
    log: (line) => console.log(line),
  });
  console.log(`Đã sao lưu: ${result.name} (${(result.size / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB, ${((Date.now() - started) / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} s) vào ${store.location}.`);
  if (result.removed.length > 0) console.log(`Xoay vòng: đã xóa ${result.removed.length} bản cũ (${result.removed.join(', ')}).`);
  if (result.manifest.missingMedia.length > 0) console.warn(`Cảnh báo: ${result.manifest.missingMedia.length} tệp ảnh được thư viện nhắc tới nhưng không còn trong kho: ${result.manifest.missingMedia.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? `Không sao lưu được: ${error.message}` : error);
  process.exit(1);
});
