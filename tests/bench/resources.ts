// CPU and memory of a server under load, read from /proc: the process and all of its
// descendants (`next start` serves from a child process; nginx from its workers).
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux
const PAGE_KB = 4;

interface ProcStat {
  pid: number;
  ppid: number;
  ticks: number;
  rssKb: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), rssKb: Number(fields[21]) * PAGE_KB };
  } catch {
    return null;
  }
}

/** The process and its descendants, as they are now. */
export function processTree(root: number): ProcStat[] {
  const all = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readStat(Number(d)))
    .filter((s): s is ProcStat => s !== null);
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of all) {
      if (tree.has(s.pid) || !tree.has(s.ppid)) continue;
      tree.add(s.pid);
      grew = true;
    }
  }
  return all.filter((s) => tree.has(s.pid));
}

export interface Usage {
  /** Share of one core over the interval (100 = one core busy). */
  cpuPercent: number;
  /** Largest resident memory of the whole tree seen during the interval, MB. */
  rssMaxMb: number;
}

/** Samples a process tree from now until `stop()` is called. */
export function sampleUsage(root: number, everyMs = 250): { stop: () => Usage } {
  const ticksOf = () => processTree(root).reduce((sum, s) => sum + s.ticks, 0);
  const rssOf = () => processTree(root).reduce((sum, s) => sum + s.rssKb, 0);
  const startTicks = ticksOf();
  const started = performance.now();
  let rssMax = rssOf();
  const timer = setInterval(() => (rssMax = Math.max(rssMax, rssOf())), everyMs);
  return {
    stop() {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      return { cpuPercent: ((ticksOf() - startTicks) / TICKS_PER_SECOND / seconds) * 100, rssMaxMb: Math.max(rssMax, rssOf()) / 1024 };
    },
  };
}
