import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// Fonts for generated Open Graph images: Be Vietnam Pro from @fontsource (self-hosted),
// its Vietnamese, Latin and Latin-extended subsets so every diacritic renders.
const dir = path.join(process.cwd(), 'node_modules/@fontsource/be-vietnam-pro/files');
const subsets = ['vietnamese', 'latin', 'latin-ext'] as const;

let fonts: Promise<{ name: string; data: Buffer; weight: 700; style: 'normal' }[]> | undefined;

export function loadOgFonts() {
  fonts ??= Promise.all(
    subsets.map(async (subset) => ({
      name: 'Be Vietnam Pro',
      data: await readFile(path.join(dir, `be-vietnam-pro-${subset}-700-normal.woff`)),
      weight: 700 as const,
      style: 'normal' as const,
    })),
  );
  return fonts;
}
