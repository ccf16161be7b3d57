// Demo cover images, drawn locally from SVG with sharp (no downloads): an abstract
// composition per story in its section's colours. Written once into MEDIA_DIR.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { variantKey } from '@/lib/media/variant-widths';
import { VARIANT_WIDTHS } from '@/lib/media/variant-widths';
import { createRandom } from './random';

const palettes: Record<string, [string, string, string]> = {
  'cat-tdkt': ['#8b1a1a', '#d4a017', '#fff3c4'],
  'cat-guong': ['#7a1f2b', '#e0a43a', '#fde9c9'],
  'cat-phong-trao': ['#9c2a1c', '#f2b134', '#fff0d0'],
  'cat-xdd': ['#a01d26', '#f4c430', '#ffe7a8'],
  'cat-chinh-tri': ['#183a66', '#c8102e', '#f1e4c3'],
  'cat-kinh-te': ['#0f5257', '#e9a23b', '#d9f0ee'],
  'cat-xa-hoi': ['#2e5e3a', '#f0b44c', '#e5f2df'],
  'cat-emagazine': ['#1d1d2c', '#c9a227', '#f5ecd7'],
};

export const COVER_WIDTH = 1200;
export const COVER_HEIGHT = 675;

function coverSvg(seed: number, category: string): string {
  const random = createRandom(seed * 7919 + 17);
  const [dark, gold, light] = palettes[category] ?? palettes['cat-tdkt']!;
  const shapes: string[] = [];
  for (let i = 0; i < 9; i++) {
    const cx = random.int(0, COVER_WIDTH);
    const cy = random.int(0, COVER_HEIGHT);
    const r = random.int(40, 260);
    const fill = i % 3 === 0 ? gold : light;
    shapes.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}" fill-opacity="${(0.08 + random.next() * 0.22).toFixed(2)}"/>`);
  }
  for (let i = 0; i < 5; i++) {
    const y = random.int(0, COVER_HEIGHT);
    shapes.push(`<rect x="-50" y="${y}" width="${COVER_WIDTH + 100}" height="${random.int(6, 40)}" fill="${gold}" fill-opacity="0.18" transform="rotate(${random.int(-12, 12)} 600 ${y})"/>`);
  }
  // A five-pointed star, the motif of honours.
  const sx = random.int(780, 1040);
  const sy = random.int(170, 420);
  const outer = random.int(90, 150);
  const points = Array.from({ length: 10 }, (_, k) => {
    const radius = k % 2 === 0 ? outer : outer * 0.42;
    const angle = -Math.PI / 2 + (k * Math.PI) / 5;
    return `${(sx + radius * Math.cos(angle)).toFixed(1)},${(sy + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_WIDTH}" height="${COVER_HEIGHT}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${gold}"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>${shapes.join('')}
  <polygon points="${points}" fill="${light}" fill-opacity="0.85"/>
</svg>`;
}

/**
 * Writes the cover for `seed` and its responsive WebP variants (as an upload would have
 * them, lib/media/images.ts) if they are not there yet; returns the master's size in bytes.
 */
export async function ensureCover(mediaDir: string, key: string, seed: number, category: string): Promise<number> {
  const file = path.join(mediaDir, key);
  const svg = Buffer.from(coverSvg(seed, category));
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    await sharp(svg).jpeg({ quality: 78, mozjpeg: true }).toFile(file);
  }
  for (const width of VARIANT_WIDTHS) {
    const variant = path.join(mediaDir, variantKey(key, width));
    if (!existsSync(variant)) await sharp(file).resize({ width, withoutEnlargement: true }).webp({ quality: 75, effort: 2 }).toFile(variant);
  }
  return statSync(file).size;
}
