// The application's one Prisma client (server-only). Reads go through lib/data/*,
// writes through lib/actions/*; nothing else should import this.
import 'server-only';
import { getEnv } from '@/lib/env';
import { createPrismaClient, type Db } from '@/lib/db/client';

const globalForDb = globalThis as unknown as { bangVangDb?: Db };

function connect(): Db {
  const env = getEnv();
  if (!env.DATABASE_URL) {
    throw new Error(
      'DATABASE_URL chưa được đặt. Chạy ứng dụng bằng `npm run dev` / `npm start` (tự khởi động CSDL nhúng) hoặc đặt DATABASE_URL.',
    );
  }
  return createPrismaClient(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX });
}

// One client per process, kept across dev-server hot reloads.
export const db: Db = globalForDb.bangVangDb ?? connect();
if (process.env.NODE_ENV !== 'production') globalForDb.bangVangDb = db;
