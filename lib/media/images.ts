// Turning an uploaded file into what the site serves. The type is read from the file's
// first bytes and confirmed by decoding it with sharp (the name and the browser's claimed
// type count for nothing); the stored master is re-encoded, turned upright and stripped of
// every metadata block (EXIF with its GPS position, XMP, IPTC); responsive WebP variants
// are written beside it at fixed widths, which the site's image loader picks from.
import sharp from 'sharp';
import { VARIANT_WIDTHS } from '@/lib/media/variant-widths';

export const MEDIA_MAX_BYTES = 15 * 1024 * 1024;
/** Refuse decompression bombs: a 15 MB file may claim a billion pixels. */
const MAX_PIXELS = 60_000_000;
/** The master is kept at most this wide (a print-quality photo for the web). */
const MASTER_MAX_WIDTH = 2400;

export type ImageMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/avif';
const EXTENSION: Record<ImageMime, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/avif': 'avif' };

/** The image type the bytes say they are, or null for anything else. */
export function sniffImageType(bytes: Uint8Array): ImageMime | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  // ISO BMFF: a "ftyp" box whose major or compatible brands include avif/avis.
  if (bytes.length >= 16 && ascii(4, 8) === 'ftyp') {
    const boxSize = Math.min(((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0, bytes.length, 256);
    for (let at = 8; at + 4 <= boxSize; at += 4) {
      const brand = ascii(at, at + 4);
      if (brand === 'avif' || brand === 'avis') return 'image/avif';
    }
  }
  return null;
}

export class ImageRejected extends Error {}

export interface ProcessedImage {
  mime: ImageMime;
  extension: string;
  width: number;
  height: number;
  master: Buffer;
  variants: { width: number; height: number; buffer: Buffer }[];
}

const SHARP_FORMAT: Record<ImageMime, string> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp', 'image/avif': 'heif' };

/** Validates and re-encodes an upload; throws ImageRejected with a Vietnamese reason. */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  if (input.length === 0) throw new ImageRejected('Tệp rỗng.');
  if (input.length > MEDIA_MAX_BYTES) throw new ImageRejected(`Ảnh lớn hơn ${MEDIA_MAX_BYTES / 1024 / 1024} MB.`);
  const mime = sniffImageType(input);
  if (!mime) throw new ImageRejected('Tệp không phải ảnh JPEG, PNG, WebP hoặc AVIF (kiểm tra theo nội dung tệp, không theo tên).');

  const open = () => sharp(input, { limitInputPixels: MAX_PIXELS, failOn: 'error' });
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    meta = await open().metadata();
  } catch {
    throw new ImageRejected('Không đọc được ảnh: tệp hỏng hoặc không đúng định dạng.');
  }
  if (meta.format !== SHARP_FORMAT[mime] || !meta.width || !meta.height) throw new ImageRejected('Nội dung tệp không khớp với một ảnh hợp lệ.');
  if (meta.width * meta.height > MAX_PIXELS) throw new ImageRejected('Ảnh quá nhiều điểm ảnh (tối đa 60 megapixel).');

  try {
    // rotate() applies the EXIF orientation; every encoder below drops metadata by default.
    const upright = () => open().rotate().resize({ width: MASTER_MAX_WIDTH, withoutEnlargement: true });
    const encoded = upright();
    const master = await (mime === 'image/jpeg'
      ? encoded.jpeg({ quality: 85, mozjpeg: true })
      : mime === 'image/png'
        ? encoded.png({ compressionLevel: 9 })
        : mime === 'image/webp'
          ? encoded.webp({ quality: 85 })
          : encoded.avif({ quality: 60, effort: 2 })
    ).toBuffer({ resolveWithObject: true });
    const variants = [];
    for (const width of VARIANT_WIDTHS) {
      const out = await open().rotate().resize({ width, withoutEnlargement: true }).webp({ quality: 78, effort: 3 }).toBuffer({ resolveWithObject: true });
      variants.push({ width: out.info.width, height: out.info.height, buffer: out.data });
    }
    return { mime, extension: EXTENSION[mime], width: master.info.width, height: master.info.height, master: master.data, variants };
  } catch {
    throw new ImageRejected('Không xử lý được ảnh: tệp hỏng hoặc không đúng định dạng.');
  }
}

