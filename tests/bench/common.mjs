// What every benchmark script does alike: wait for a server to answer, and print and keep
// a report (Markdown and JSON under tests/bench/results/). Plain JavaScript so that
// lighthouse.mjs, which node runs without tsx, can use it too.
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const resultsDir = path.resolve(import.meta.dirname, 'results');

/** Resolves once `url` answers 2xx; throws after `timeoutMs`. */
export async function waitFor(url, timeoutMs) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

/**
 * Throws, naming the port, if any of `ports` is already taken on 127.0.0.1: a server the
 * bench starts there would fail to listen, and the bench would wait for the other one.
 */
export async function assertPortsFree(ports) {
  for (const port of ports) {
    await new Promise((resolve, reject) => {
      const probe = net.createServer();
      probe.once('error', () => reject(new Error(`port ${port} is already in use on 127.0.0.1 (stop what listens there before the benchmark)`)));
      probe.listen(port, '127.0.0.1', () => probe.close(resolve));
    });
  }
}

/** Prints the report and writes `<kind>-<time>.md` and `.json` (the data) beside the others. */
export function writeResults(kind, report, data) {
  console.log(`\n${report}\n`);
  mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(path.join(resultsDir, `${kind}-${stamp}.md`), `${report}\n`);
  writeFileSync(path.join(resultsDir, `${kind}-${stamp}.json`), JSON.stringify(data, null, 2));
}

/**
 * The CPU slowdown that emulates Lighthouse's reference phone on a host of this
 * BenchmarkIndex: the piecewise-linear scale of Lighthouse's CPU throttling calculator
 * (150 → 1×, 800 → 2×, 1,300 → 3×, then one more × per 233 points; 1,533 → 4×).
 */
export function calibratedSlowdown(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < 150) return 1;
  if (benchmarkIndex < 800) return 1 + (benchmarkIndex - 150) / 650;
  if (benchmarkIndex < 1300) return 2 + (benchmarkIndex - 800) / 500;
  return 3 + (benchmarkIndex - 1300) / 233;
}
