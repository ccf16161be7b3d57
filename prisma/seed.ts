// `npm run db:seed`: loads the demo content into DATABASE_URL (or the embedded database).
// Safe to run again: it adds only what is missing.
// `npm run db:seed -- --articles 50000 --awards 200000` also generates benchmark volume.
import { parseArgs } from 'node:util';
import { getEnv } from '@/lib/platform/env';
import { createPrismaClient } from '@/lib/db/client';
import { openDatabase } from '@/prisma/scripts/database';
import { generateVolume } from './seed/generate';
import { seed } from './seed/index';

function count(raw: string | undefined, name: string): number {
  if (raw === undefined) return 0;
  if (!/^\d{1,7}$/.test(raw)) throw new Error(`--${name} phải là số nguyên không âm (tối đa 9.999.999)`);
  return Number(raw);
}

async function main() {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, awards: { type: 'string' } } });
  const articles = count(values.articles, 'articles');
  const awards = count(values.awards, 'awards');
  const database = await openDatabase({ seedIfEmpty: false });
  const env = getEnv();
  const prisma = createPrismaClient(database.url, { max: 2, statementTimeoutMs: 0 });
  try {
    const summary = await seed(prisma, { mediaDir: env.MEDIA_DIR, production: env.NODE_ENV === 'production' });
    console.log(`Đã nạp dữ liệu mẫu (bỏ qua phần đã có): ${summary}`);
    if (articles > 0 || awards > 0) {
      const generated = await generateVolume(prisma, { articles, awards, log: (line) => console.log(`  … ${line}`) });
      console.log(`Đã sinh thêm: ${generated}`);
    }
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
