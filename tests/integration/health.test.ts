// The health check answers 200 with a database round trip, and 503 when the database
// cannot be reached (a stand-in client that fails).
import { describe, expect, it, vi } from 'vitest';

vi.mock('next/server', () => ({ connection: async () => {} }));

describe('/api/health', () => {
  it('is 200 with the database, never cached', async () => {
    const { GET } = await import('@/app/api/health/route');
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('is 503 when the database does not answer', async () => {
    vi.resetModules();
    vi.doMock('@/lib/db', () => ({ db: { $queryRaw: () => Promise.reject(new Error('connection refused')) } }));
    const { GET } = await import('@/app/api/health/route');
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'error', database: 'unreachable' });
    vi.doUnmock('@/lib/db');
  });
});
