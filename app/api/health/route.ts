// Health check for load balancers and uptime monitors: 200 when this instance can reach
// its database (one round trip, bounded by a timeout), 503 otherwise. Never cached.
import { connection } from 'next/server';
import { pingDatabase } from '@/lib/db';

const TIMEOUT_MS = 2_000;

export async function GET() {
  await connection();
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS)));
  try {
    await Promise.race([pingDatabase(), timeout]).finally(() => clearTimeout(timer));
    return Response.json({ status: 'ok', database: 'ok', databaseMs: Math.round(performance.now() - started) }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    console.error('[health]', error);
    return Response.json({ status: 'error', database: 'unreachable' }, { status: 503, headers: { 'cache-control': 'no-store' } });
  }
}
