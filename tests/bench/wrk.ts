// wrk (Debian's package) as the load generator: a separate C process, so the generator's
// own cost is far below autocannon's (one Node thread) and fast servers such as nginx are
// measured nearer their real ceiling. A small Lua script cycles through the target's URLs
// and prints the summary as JSON, with exact p50/p95/p99 from wrk's latency histogram.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function wrkAvailable(): boolean {
  return spawnSync('sh', ['-c', 'command -v wrk'], { stdio: 'ignore' }).status === 0;
}

/** What a load generator reports for one target (wrk here, autocannon in run.ts alike). */
export interface WrkStats {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytesPerResponse: number;
}

const luaString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The Lua script: round-robin over `paths`, JSON summary on one line. */
export function wrkScript(paths: string[]): string {
  return `local paths = { ${paths.map(luaString).join(', ')} }
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRKJSON {"requests":%d,"duration_us":%d,"bytes":%d,"socket_errors":%d,"non2xx":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
`;
}

export function parseWrkOutput(output: string): WrkStats {
  const line = output.split('\n').find((l) => l.startsWith('WRKJSON '));
  if (!line) throw new Error(`wrk printed no summary:\n${output}`);
  const r = JSON.parse(line.slice('WRKJSON '.length)) as { requests: number; duration_us: number; bytes: number; socket_errors: number; non2xx: number; p50_us: number; p95_us: number; p99_us: number };
  return {
    requestsPerSecond: r.requests / (r.duration_us / 1e6),
    p50: r.p50_us / 1000,
    p95: r.p95_us / 1000,
    p99: r.p99_us / 1000,
    errors: r.socket_errors,
    non2xx: r.non2xx,
    bytesPerResponse: r.requests ? Math.round(r.bytes / r.requests) : 0,
  };
}

export async function runWrk(base: string, paths: string[], opts: { connections: number; duration: number; threads?: number; headers?: Record<string, string> }): Promise<WrkStats> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bv-wrk-'));
  const script = path.join(dir, 'paths.lua');
  writeFileSync(script, wrkScript(paths));
  const argv = ['-t', String(opts.threads ?? 1), '-c', String(opts.connections), '-d', `${opts.duration}s`, '--timeout', '10s', '-s', script];
  for (const [k, v] of Object.entries(opts.headers ?? {})) argv.push('-H', `${k}: ${v}`);
  argv.push(base);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`wrk exited with ${code}: ${out}`))));
  });
  return parseWrkOutput(output);
}
