// Upload validation and processing: the type comes from the bytes, anything that is not
// a JPEG/PNG/WebP/AVIF image is refused whatever its name, metadata (GPS position
// included) never survives, and the variants and the site's loader agree.
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import mediaLoader from '@/lib/media/image-loader';
import { ImageRejected, MEDIA_MAX_BYTES, processImage, sniffImageType } from '@/lib/media/images';
import { variantKey } from '@/lib/media/variant-widths';
import { isSafeKey, LocalStorage, type MediaStorage } from '@/lib/media/storage';
import { VARIANT_WIDTHS } from '@/lib/media/variant-widths';

const photo = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 180, g: 30, b: 40 } } });

/** A JPEG as a phone writes it: camera, GPS position, rotated by the orientation tag. */
async function phoneJpeg() {
  return photo(1200, 800)
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'X1', Copyright: 'Toà soạn' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
}

describe('sniffImageType', () => {
  it('reads the type from the first bytes', async () => {
    expect(sniffImageType(await photo(10, 10).jpeg().toBuffer())).toBe('image/jpeg');
    expect(sniffImageType(await photo(10, 10).png().toBuffer())).toBe('image/png');
    expect(sniffImageType(await photo(10, 10).webp().toBuffer())).toBe('image/webp');
    expect(sniffImageType(await photo(16, 16).avif().toBuffer())).toBe('image/avif');
    expect(sniffImageType(await photo(10, 10).gif().toBuffer())).toBeNull();
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(Buffer.from('<script>alert(1)</script>'))).toBeNull();
    expect(sniffImageType(Buffer.alloc(0))).toBeNull();
  });
});

describe('processImage', () => {
  it('refuses a script renamed .jpg, an SVG, a GIF and a truncated JPEG', async () => {
    await expect(processImage(Buffer.from('<?php system($_GET["c"]); ?>'))).rejects.toThrow(ImageRejected);
    await expect(processImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).rejects.toThrow(/không phải ảnh/);
    await expect(processImage(await photo(20, 20).gif().toBuffer())).rejects.toThrow(ImageRejected);
    const jpeg = await photo(400, 300).jpeg().toBuffer();
    // JPEG magic bytes followed by junk: passes the sniff, fails the decode.
    await expect(processImage(Buffer.concat([jpeg.subarray(0, 20), Buffer.alloc(200, 7)]))).rejects.toThrow(ImageRejected);
  });

  it('refuses files over the size limit before decoding them', async () => {
    const big = Buffer.alloc(MEDIA_MAX_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    await expect(processImage(big)).rejects.toThrow(/lớn hơn 15 MB/);
  });

  it('strips EXIF (GPS included), applies the orientation and writes three WebP variants', async () => {
    const input = await phoneJpeg();
    const before = await sharp(input).metadata();
    expect(before.exif?.includes(Buffer.from('PhoneMaker'))).toBe(true);
    expect(before.orientation).toBe(6);

    const out = await processImage(input);
    expect(out.mime).toBe('image/jpeg');
    // Orientation 6 is a quarter turn: the stored image is upright, 800 wide.
    expect([out.width, out.height]).toEqual([800, 1200]);
    const after = await sharp(out.master).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(out.master.includes(Buffer.from('PhoneMaker'))).toBe(false);

    expect(out.variants.map((v) => v.width)).toEqual([480, 800, 800]); // never enlarged
    for (const v of out.variants) {
      const meta = await sharp(v.buffer).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.exif).toBeUndefined();
    }
  });

  it('keeps PNG, WebP and AVIF in their own format', async () => {
    for (const [make, mime] of [
      [() => photo(300, 200).png().toBuffer(), 'image/png'],
      [() => photo(300, 200).webp().toBuffer(), 'image/webp'],
      [() => photo(300, 200).avif().toBuffer(), 'image/avif'],
    ] as const) {
      const out = await processImage(await make());
      expect(out.mime).toBe(mime);
      expect(sniffImageType(out.master)).toBe(mime);
    }
  });
});

describe('variants and the image loader', () => {
  it('names variants beside the master and picks the smallest one wide enough', () => {
    expect(variantKey('2026/11/abc.jpg', 480)).toBe('2026/11/abc-w480.webp');
    expect(VARIANT_WIDTHS).toEqual([480, 960, 1600]);
    expect(mediaLoader({ src: '/media/2026/11/abc.jpg', width: 320 })).toBe('/media/2026/11/abc-w480.webp');
    expect(mediaLoader({ src: '/media/2026/11/abc.jpg', width: 828 })).toBe('/media/2026/11/abc-w960.webp');
    expect(mediaLoader({ src: '/media/demo/cover-01.jpg', width: 1600 })).toBe('/media/demo/cover-01-w1600.webp');
    expect(mediaLoader({ src: '/media/2026/11/abc.png', width: 3840 })).toBe('/media/2026/11/abc-w1600.webp');
    // Anything else is left alone.
    expect(mediaLoader({ src: '/icon.svg', width: 480 })).toBe('/icon.svg');
  });
});

describe('LocalStorage', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('refuses unsafe keys and links that lead outside its folder', async () => {
    for (const key of ['../etc/passwd', '/etc/passwd', '.env', 'a/../../b.jpg', 'a//b.jpg', 'a\\b.jpg', '']) expect(isSafeKey(key), key).toBe(false);
    expect(isSafeKey('2026/11/abc-w480.webp')).toBe(true);

    const root = await mkdtemp(path.join(os.tmpdir(), 'bv-media-'));
    const outside = await mkdtemp(path.join(os.tmpdir(), 'bv-outside-'));
    dirs.push(root, outside);
    await writeFile(path.join(outside, 'secret.jpg'), 'secret');
    await symlink(path.join(outside, 'secret.jpg'), path.join(root, 'link.jpg'));
    const storage: MediaStorage = new LocalStorage(root);
    expect(await storage.get('link.jpg')).toBeNull();
    await expect(storage.put('../x.jpg', Buffer.from('x'), 'image/jpeg')).rejects.toThrow();

    await storage.put('2026/11/a.jpg', Buffer.from('abc'), 'image/jpeg');
    const file = await storage.get('2026/11/a.jpg');
    expect(file?.size).toBe(3);
    expect(Buffer.from(await new Response(file!.body).arrayBuffer()).toString()).toBe('abc');
    // Keys are never reused: a second write under the same key is a bug and fails.
    await expect(storage.put('2026/11/a.jpg', Buffer.from('x'), 'image/jpeg')).rejects.toThrow();
    await storage.remove(['2026/11/a.jpg', '2026/11/gone.jpg']);
    expect(await storage.get('2026/11/a.jpg')).toBeNull();
  });
});
