import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheLife } from 'next/cache';

// Fonts for generated Open Graph images: Be Vietnam Pro from @fontsource (self-hosted).
// Satori keeps one font per family name and weight, so each unicode subset gets its own
// family and OG_FONT_FAMILY lists them as fallbacks; otherwise Vietnamese letters are
// missing and Next tries to fetch a font from Google at render time.
const subsets = ['latin', 'vietnamese', 'latin-ext'] as const;

export const OG_FONT_FAMILY = subsets.map((s) => `'BVP ${s}'`).join(', ');

/** Cached: file reads in an image route are I/O that Cache Components must not repeat. */
export async function loadOgFonts(): Promise<{ name: string; data: ArrayBuffer; weight: 700; style: 'normal' }[]> {
  'use cache';
  cacheLife('max');
  const dir = path.join(process.cwd(), 'node_modules/@fontsource/be-vietnam-pro/files');
  return Promise.all(
    subsets.map(async (subset) => ({
      name: `BVP ${subset}`,
      data: new Uint8Array(await readFile(path.join(dir, `be-vietnam-pro-${subset}-700-normal.woff`))).buffer,
      weight: 700 as const,
      style: 'normal' as const,
    })),
  );
}
