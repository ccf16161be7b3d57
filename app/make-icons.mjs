// `node app/make-icons.mjs`: draws the site's icons in public/ from app/icon.svg (the one
// source of the mark): favicon.ico (16, 32 and 48 px, PNG inside, as every browser since
// 2010 reads it), apple-touch-icon.png (180 px, on an opaque background as iOS wants) and the
// web app manifest's 192 and 512 px icons. Run again after changing the SVG; the outputs
// are committed, so a build needs nothing of this.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'app/icon.svg'));
const png = (size) => sharp(svg, { density: 72 * (size / 64) * 4 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

/** An ICO file holding PNG images (ICONDIR, one ICONDIRENTRY each, then the images). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

const out = (name, data) => writeFileSync(path.join(root, 'public', name), data);
out('favicon.ico', ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(size) })))));
out('apple-touch-icon.png', await sharp(await png(180)).flatten({ background: '#8b0b20' }).png({ compressionLevel: 9 }).toBuffer());
out('icon-192.png', await png(192));
out('icon-512.png', await png(512));
console.log('public/: favicon.ico, apple-touch-icon.png, icon-192.png, icon-512.png');
