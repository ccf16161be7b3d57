// The embedded default database: PostgreSQL compiled to WebAssembly (PGlite), kept in a
// data folder and served on a loopback port over the PostgreSQL wire protocol
// (pglite-socket). Serving it over a port lets every Next.js process (build workers, the
// dev server) and the Prisma CLI use the same `pg` driver as a real server: embedded
// and server modes differ only in DATABASE_URL.
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A data folder must be opened by one process only: a second PGlite on the same folder
 * would corrupt it. The lock file holds the owner's pid; a stale one is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = path.join(dataDir, '..', `${path.basename(dataDir)}.lock`);
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid && pid !== process.pid && processAlive(pid)) {
      throw new Error(
        `CSDL nhúng ở ${dataDir} đang được tiến trình ${pid} sử dụng. Dừng tiến trình đó (ví dụ "npm run dev" đang chạy) rồi thử lại.`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

export async function startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    const db = await PGlite.create({ dataDir, extensions: { unaccent, pg_trgm, btree_gin } });
    // Next's build workers and dev server each keep a small pool.
    const server = new PGLiteSocketServer({ db, port: options.port, host: '127.0.0.1', maxConnections: 64 });
    try {
      await server.start();
    } catch (error) {
      await db.close();
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new Error(`Cổng ${options.port} của CSDL nhúng đang bận. Đặt EMBEDDED_DB_PORT sang cổng khác.`);
      }
      throw error;
    }
    let stopped = false;
    return {
      url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
