// Points the app's modules (lib/db/index via lib/platform/env) at this worker's database before any test
// file imports them, and replaces what only works inside Next — the session, the request's
// headers, the cache APIs — with tests/support/acting-as.ts, which the tests drive.
import { inject, vi } from 'vitest';
import { testDatabaseUrl } from '../support/db';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.MEDIA_DIR = inject('mediaDir');

vi.mock('next-auth', async (importOriginal) => {
  const { session } = await import('../support/acting-as');
  return { ...(await importOriginal<typeof import('next-auth')>()), getServerSession: async () => session.current };
});

vi.mock('next/headers', async () => {
  const { requestHeaders } = await import('../support/acting-as');
  return { headers: async () => requestHeaders() };
});

vi.mock('next/cache', async () => {
  const { cacheCalls } = await import('../support/acting-as');
  return {
    cacheLife: () => {},
    cacheTag: () => {},
    revalidatePath: () => {},
    updateTag: (tag: string) => {
      if (cacheCalls.updateTagThrows) throw new Error('updateTag can only be called from within a Server Action.');
      cacheCalls.updated.push(tag);
    },
    revalidateTag: (tag: string, profile: unknown) => void cacheCalls.revalidated.push(`${tag}:${JSON.stringify(profile)}`),
  };
});

// The second pass re-expires public tags 2 s after a change; in tests it is recorded only.
vi.mock('@/lib/platform/revalidate', async (importOriginal) => {
  const { cacheCalls } = await import('../support/acting-as');
  return { ...(await importOriginal<typeof import('@/lib/platform/revalidate')>()), scheduleSecondPass: (tags: string[]) => void cacheCalls.secondPasses.push(tags) };
});
