// autocannon as the load generator (where wrk is not installed, and for paced load: a fixed
// overall rate, which wrk cannot do), reporting what wrk.ts reports, with exact percentiles
// from every response time.
import autocannon from 'autocannon';
import type { WrkStats } from './wrk';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runAutocannon(url: string, paths: string[], opts: { connections: number; duration: number; headers?: Record<string, string>; overallRate?: number }): Promise<WrkStats> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: opts.connections, duration: opts.duration, headers: opts.headers ?? {}, ...(opts.overallRate ? { overallRate: opts.overallRate } : {}), requests: paths.map((p) => ({ method: 'GET' as const, path: p })) },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / opts.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
  };
}
