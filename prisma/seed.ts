// `npm run db:seed`: loads the demo content into DATABASE_URL (or the embedded database).
// Safe to run again: it adds only what is missing.
import { getEnv } from '@/lib/env';
import { createPrismaClient } from '@/lib/db/client';
import { openDatabase } from '@/lib/cli/database';
import { seed } from './seed/index';

async function main() {
  const database = await openDatabase({ seedIfEmpty: false });
  const env = getEnv();
  const prisma = createPrismaClient(database.url, { max: 2 });
  try {
    const summary = await seed(prisma, { mediaDir: env.MEDIA_DIR, production: env.NODE_ENV === 'production' });
    console.log(`Đã nạp dữ liệu mẫu (bỏ qua phần đã có): ${summary}`);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
