#!/usr/bin/env node
// Runs the Prisma CLI on machines that cannot download Prisma's native engines.
//
// Prisma 6.19 resolves (and, if missing, downloads) its Rust engines before it reads
// prisma.config.ts, even though this project never executes them: the client is
// generated with engineType "client" and migrations run on the WebAssembly schema engine
// through a driver adapter (engine: "js" in prisma.config.ts). Pointing both engine
// variables at an existing placeholder file stops the download; nothing executes it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export function prismaEnv(extra = {}) {
  const dir = path.join(root, 'node_modules', '.cache', 'bang-vang');
  const placeholder = path.join(dir, 'prisma-engine-placeholder');
  if (!existsSync(placeholder)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(placeholder, 'not an engine: see prisma/scripts/prisma.mjs\n');
  }
  return {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
    PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
    // The schema's datasource names DATABASE_URL; `generate` needs only a syntactically valid one.
    DATABASE_URL: process.env.DATABASE_URL || 'postgresql://placeholder@127.0.0.1:5432/placeholder',
    ...extra,
  };
}

/** Runs `prisma <args>` synchronously; returns the exit code. */
export function runPrisma(args, extraEnv = {}) {
  const cli = require.resolve('prisma/build/index.js');
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    env: prismaEnv(extraEnv),
    stdio: 'inherit',
  });
  return result.status ?? 1;
}

/**
 * Runs `prisma <args>` without blocking this process's event loop — required when this
 * process itself serves the database (the embedded PGlite server): a synchronous spawn
 * would deadlock it. Resolves to the exit code.
 */
export function runPrismaAsync(args, extraEnv = {}) {
  const cli = require.resolve('prisma/build/index.js');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, env: prismaEnv(extraEnv), stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  process.exit(runPrisma(process.argv.slice(2)));
}
