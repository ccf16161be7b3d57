// Serves library images and their variants from the configured storage (lib/media/
// storage.ts). Keys are never reused, so responses are immutable.
import path from 'node:path';
import { mediaStorage } from '@/lib/media/storage';
import { MEDIA_CONTENT_SECURITY_POLICY } from '@/lib/media/headers';

const MIME: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const notFound = () => new Response('Không tìm thấy tệp.', { status: 404 });
  const joined = key.join('/');
  const type = MIME[path.extname(joined).toLowerCase()];
  // Dossier files live under "private/" and are served to staff by their own route only.
  if (!type || joined.startsWith('private/')) return notFound();
  // The storage refuses unsafe keys ("..", hidden files) itself.
  const file = await mediaStorage().get(joined);
  if (!file) return notFound();
  return new Response(file.body, {
    headers: {
      'Content-Type': type,
      ...(file.size ? { 'Content-Length': String(file.size) } : {}),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': MEDIA_CONTENT_SECURITY_POLICY,
    },
  });
}
