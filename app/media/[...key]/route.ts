// Serves uploaded and generated media from MEDIA_DIR. Keys are content-addressed or
// never reused, so responses are immutable.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { getEnv } from '@/lib/env';

const MIME: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};
const SAFE_SEGMENT = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}$/;

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const notFound = () => new Response('Không tìm thấy tệp.', { status: 404 });
  if (key.length === 0 || key.length > 6 || !key.every((segment) => SAFE_SEGMENT.test(segment) && !segment.includes('..'))) {
    return notFound();
  }
  const type = MIME[path.extname(key[key.length - 1]!).toLowerCase()];
  if (!type) return notFound();
  const root = await realpath(path.resolve(getEnv().MEDIA_DIR)).catch(() => null);
  if (!root) return notFound();
  // realpath also resolves symbolic links, so a link cannot lead outside MEDIA_DIR.
  const file = await realpath(path.resolve(root, ...key)).catch(() => null);
  if (!file || !file.startsWith(root + path.sep)) return notFound();
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return notFound();
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, {
    headers: {
      'Content-Type': type,
      'Content-Length': String(info.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
