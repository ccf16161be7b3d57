// Points the app's modules (lib/db via lib/env) at this worker's database before any test
// file imports them, and replaces Next's cache APIs, which only work inside Next.
import { inject, vi } from 'vitest';
import { testDatabaseUrl } from '../support/db';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.MEDIA_DIR = inject('mediaDir');

vi.mock('next/cache', () => ({
  cacheLife: () => {},
  cacheTag: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  revalidatePath: () => {},
}));
