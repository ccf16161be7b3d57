// The embedded default database: PostgreSQL compiled to WebAssembly (PGlite), kept in a
// data folder and served on a loopback port over the PostgreSQL wire protocol
// (pglite-socket). Serving it over a port lets every Next.js process (build workers, the
// dev server) and the Prisma CLI use the same `pg` driver as a real server: embedded
// and server modes differ only in DATABASE_URL.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { processAlive } from '@/lib/platform/process-alive';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** The extensions the migrations create; every PGlite opened on the data must load them. */
export const embeddedExtensions = { unaccent, pg_trgm, btree_gin };

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

// ── The control port: how `npm run backup` gets a consistent copy of a running database ──

interface ControlFile {
  pid: number;
  port: number;
  token: string;
}

function controlPath(dataDir: string): string {
  return path.join(dataDir, '..', `${path.basename(dataDir)}.control`);
}

/** The running launcher's control port and token, or null when none is running. */
export async function readControlFile(dataDir: string): Promise<ControlFile | null> {
  const text = await readFile(controlPath(path.resolve(dataDir)), 'utf8').catch(() => null);
  if (!text) return null;
  try {
    const control = JSON.parse(text) as ControlFile;
    return processAlive(control.pid) ? control : null;
  } catch {
    return null;
  }
}

/**
 * A copy of the data folder taken between two queries, outside any transaction: the
 * socket's queue runs one message at a time under PGlite's query lock, and
 * dumpDataDir() takes the same lock, so no statement runs while the copy is made.
 */
async function copyDataDir(db: PGlite): Promise<Blob> {
  const deadline = Date.now() + 30_000;
  while (db.isInTransaction()) {
    if (Date.now() > deadline) throw new Error('một giao dịch mở quá 30 giây');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return db.dumpDataDir('none');
}

async function startControl(db: PGlite, dataDir: string): Promise<() => Promise<void>> {
  const token = randomBytes(32).toString('base64url');
  const expected = Buffer.from(`Bearer ${token}`);
  const server: Server = createServer((request, response) => {
    const given = Buffer.from(request.headers.authorization ?? '');
    if (request.method !== 'POST' || request.url !== '/snapshot' || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    copyDataDir(db).then(
      async (copy) => {
        const bytes = Buffer.from(await copy.arrayBuffer());
        response.writeHead(200, { 'content-type': 'application/x-tar', 'content-length': bytes.length }).end(bytes);
      },
      (error: unknown) => response.writeHead(503).end(String((error as Error).message ?? error)),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const file = controlPath(dataDir);
  writeFileSync(file, JSON.stringify({ pid: process.pid, port: (server.address() as AddressInfo).port, token } satisfies ControlFile), { mode: 0o600 });
  return async () => {
    rmSync(file, { force: true });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}

/** The data folder opened in this process, with no port: for a backup or restore while the site is stopped. */
export async function openEmbeddedDirect(dataDir: string): Promise<{ db: PGlite; close(): Promise<void> }> {
  const dir = path.resolve(dataDir);
  const unlock = lockDataDir(dir);
  try {
    const db = await PGlite.create({ dataDir: dir, extensions: embeddedExtensions });
    return {
      db,
      async close() {
        await db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

// pglite-socket 0.2.17 queues each wire message on its own and takes them in arrival order
// from every connection, keeping to one connection only while PGlite is in a transaction.
// All connections share PGlite's one session, so another connection's transaction (its
// BEGIN, its statements, its COMMIT) could run between a statement's Parse and its Bind:
// the Bind then met the other's statement ("bind message supplies 2 parameters, but
// prepared statement "" requires 3") or its rows came back as the answer (Prisma's
// "Missing data field"). Until the package keeps a statement together, its queue does so
// here: once a connection has sent a statement's first message, only that connection's
// messages run until its Sync.
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
}
interface SocketQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/** Parse, Bind, Describe, Execute, Close, Flush: a statement goes on after these, until Sync. */
const CONTINUES_STATEMENT = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);

function keepStatementsTogether(server: PGLiteSocketServer, db: PGlite) {
  const queue = (server as unknown as { queryQueue?: SocketQueue }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== 'function' || typeof queue.clearQueueForHandler !== 'function') {
    throw new Error('@electric-sql/pglite-socket changed its queue: check keepStatementsTogether (lib/db/embedded.ts) before upgrading it');
  }
  // The connection whose statement has begun and not reached its Sync.
  let midStatement: number | null = null;
  queue.processQueue = async function processQueue() {
    if (queue.processing || queue.queue.length === 0) return;
    queue.processing = true;
    try {
      while (queue.queue.length > 0) {
        const owner = midStatement ?? (db.isInTransaction() ? queue.lastHandlerId : null);
        const index = owner === null ? 0 : queue.queue.findIndex((m) => m.handlerId === owner);
        // The owner's next message has not arrived yet: the others wait for it.
        if (index === -1) break;
        const [entry] = queue.queue.splice(index, 1);
        if (!entry) break;
        let sent = 0;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(entry.message, {
              onRawData: (data: Uint8Array) => {
                sent += data.length;
                entry.onData(data);
              },
            }),
          );
        } catch (error) {
          // (The package's own loop stopped for good here, leaving every connection waiting.)
          midStatement = null;
          entry.reject(error);
          continue;
        }
        midStatement = CONTINUES_STATEMENT.has(entry.message[0] ?? 0) ? entry.handlerId : null;
        queue.lastHandlerId = entry.handlerId;
        entry.resolve(sent);
      }
    } finally {
      queue.processing = false;
    }
  };
  // A connection that goes away mid-statement must not hold the others back.
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    if (midStatement === handlerId) {
      midStatement = null;
      void queue.processQueue();
    }
  };
}

export async function startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    const db = await PGlite.create({ dataDir, extensions: embeddedExtensions });
    // Next's build workers and dev server each keep a small pool.
    const server = new PGLiteSocketServer({ db, port: options.port, host: '127.0.0.1', maxConnections: 64 });
    keepStatementsTogether(server, db);
    try {
      await server.start();
    } catch (error) {
      await db.close();
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new Error(`Cổng ${options.port} của CSDL nhúng đang bận. Đặt EMBEDDED_DB_PORT sang cổng khác.`);
      }
      throw error;
    }
    const stopControl = await startControl(db, dataDir).catch(async (error: unknown) => {
      await server.stop();
      await db.close();
      throw error;
    });
    let stopped = false;
    return {
      url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
      async stop() {
        if (stopped) return;
        stopped = true;
        await stopControl();
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
