// Helpers for the e2e suites that start their own instances of the built app
// (scale-out, faults) or call Server Actions directly (attacks, faults).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A Server Action's id from the build's manifest, by file and exported name. */
export function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8')) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!found) throw new Error(`no action ${file}#${name} in the build`);
  return found[0];
}

/** Migrates and seeds the (empty) database at `databaseUrl` with the demo content. */
export function prepareDatabase(databaseUrl: string, mediaDir: string) {
  for (const args of [
    ['lib/cli/prisma.mjs', 'migrate', 'deploy'],
    ['node_modules/tsx/dist/cli.mjs', 'prisma/seed.ts'],
  ]) {
    const result = spawnSync(process.execPath, args, { env: { ...process.env, DATABASE_URL: databaseUrl, MEDIA_DIR: mediaDir }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr || result.stdout}`);
  }
}

/** Resolves once `check` passes (errors count as not yet), with the time it did. */
export async function until(check: () => Promise<boolean>, ms: number, onTimeout = () => ''): Promise<number> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return Date.now();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out\n${onTimeout()}`);
}
