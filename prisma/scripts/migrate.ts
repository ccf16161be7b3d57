// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL, or to the embedded
// database when DATABASE_URL is unset.
import { openDatabase } from './database';

openDatabase({ seedIfEmpty: false, migrateServer: true })
  .then((database) => database.stop())
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
