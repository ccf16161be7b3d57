// A PostgreSQL cluster of a test's own (Debian's server binaries, a temporary folder, a port
// of its own), so a test can restart it, or make a streaming replica of it, without
// disturbing the shared server. Used by the fault suite and the read-replica test.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = (() => {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  return path.join('/usr/lib/postgresql', versions[0]!, 'bin');
})();

/**
 * PostgreSQL's tools refuse to run as root: as root they run as the postgres user. Output
 * is not piped: the server pg_ctl starts would inherit the pipes and keep them open, and
 * the call would wait for it to exit. pg_ctl writes to the log file instead.
 */
function asPostgres(tool: string, args: string[], logDir: string) {
  const root = process.getuid?.() === 0;
  const result = spawnSync(root ? 'runuser' : path.join(bin, tool), root ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args, { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} exited with ${result.status} (see ${logDir}/pg.log)`);
}

export interface Cluster {
  port: number;
  dataDir: string;
  url: (database: string) => string;
  /** pg_ctl with this cluster's folder (start options and log already set for `start`/`restart`). */
  ctl: (...args: string[]) => void;
  stop: () => void;
}

function cluster(dataDir: string, port: number): Cluster {
  const logDir = path.dirname(dataDir);
  const ctl = (...args: string[]) => {
    const starting = args.includes('start') || args.includes('restart');
    asPostgres(
      'pg_ctl',
      ['-D', dataDir, '-w', '-t', '60', ...(starting ? ['-o', `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', path.join(logDir, 'pg.log')] : []), ...args],
      logDir,
    );
  };
  return {
    port,
    dataDir,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    ctl,
    stop: () => {
      try {
        ctl('-m', 'immediate', 'stop');
      } catch {
        // already stopped
      }
    },
  };
}

function newDataDir(prefix: string): string {
  const parent = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(parent, 0o777);
  if (process.getuid?.() === 0) spawnSync('chown', ['postgres', parent]);
  return path.join(parent, 'pg');
}

/** A new cluster (trust authentication, replication allowed from 127.0.0.1), started. */
export function startCluster(port: number, prefix = 'bv-pg-'): Cluster {
  const dataDir = newDataDir(prefix);
  asPostgres('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C.UTF-8'], path.dirname(dataDir));
  const c = cluster(dataDir, port);
  c.ctl('start');
  return c;
}

/** A streaming replica of `primary` (pg_basebackup -R), started in recovery on `port`. */
export function startReplica(primary: Cluster, port: number): Cluster {
  const dataDir = newDataDir('bv-pg-replica-');
  asPostgres('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', dataDir, '-R', '-X', 'stream', '--checkpoint=fast'], path.dirname(dataDir));
  const c = cluster(dataDir, port);
  c.ctl('start');
  return c;
}
