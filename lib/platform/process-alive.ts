import { readFileSync } from 'node:fs';

/**
 * Whether process `pid` still runs — for the lock files that keep two processes off one
 * data folder or one backup folder. A killed process whose parent has not reaped it yet
 * (a zombie: state "Z" in /proc on Linux) still answers kill(pid, 0), but holds nothing.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state …": the command may hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}
