// What scripts outside the browser need from a production build (`next build` in .next/):
// the e2e suites and the bench call Server Actions over HTTP as a browser would.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A Server Action's id from the build's manifest, by file and exported name. */
export function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8')) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!found) throw new Error(`no action ${file}#${name} in the build`);
  return found[0];
}
