import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheLife } from 'next/cache';

// The font of generated Open Graph images: Be Vietnam Pro Bold, the whole Google Fonts file
// (npm @expo-google-fonts/be-vietnam-pro, self-hosted), which holds every Vietnamese letter
// in one face — without them Next would try to fetch a font from Google at render time.
// (The pages' web fonts are cut smaller, in app/fonts/.)
export const OG_FONT_FAMILY = "'Be Vietnam Pro'";

/** Cached: file reads in an image route are I/O that Cache Components must not repeat. */
export async function loadOgFonts(): Promise<{ name: string; data: ArrayBuffer; weight: 700; style: 'normal' }[]> {
  'use cache';
  cacheLife('max');
  const file = path.join(process.cwd(), 'node_modules/@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf');
  return [{ name: 'Be Vietnam Pro', data: new Uint8Array(await readFile(file)).buffer, weight: 700, style: 'normal' }];
}
