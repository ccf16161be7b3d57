import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// Fonts for generated Open Graph images: Be Vietnam Pro from @fontsource (self-hosted).
// Satori keeps one font per family name and weight, so each unicode subset gets its own
// family and OG_FONT_FAMILY lists them as fallbacks; otherwise Vietnamese letters are
// missing and Next tries to fetch a font from Google at render time.
const dir = path.join(process.cwd(), 'node_modules/@fontsource/be-vietnam-pro/files');
const subsets = ['latin', 'vietnamese', 'latin-ext'] as const;

export const OG_FONT_FAMILY = subsets.map((s) => `'BVP ${s}'`).join(', ');

let fonts: Promise<{ name: string; data: Buffer; weight: 700; style: 'normal' }[]> | undefined;

export function loadOgFonts() {
  fonts ??= Promise.all(
    subsets.map(async (subset) => ({
      name: `BVP ${subset}`,
      data: await readFile(path.join(dir, `be-vietnam-pro-${subset}-700-normal.woff`)),
      weight: 700 as const,
      style: 'normal' as const,
    })),
  );
  return fonts;
}
