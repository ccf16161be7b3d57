// next/image's loader for this site (next.config.ts images.loaderFile): library images
// are served from the WebP variants written at upload (lib/media/images.ts), the smallest
// one at least as wide as the browser asks for. No image is resized while a reader waits.
// A plain module (no 'use client'): reader pages call it on the server, through
// getImageProps (components/ui/server-image.tsx); next/image's client component too.
import { VARIANT_WIDTHS as WIDTHS } from './variant-widths';

const MASTER = /^\/media\/[^?#]+\.(?:jpe?g|png|webp|avif)$/i;

export default function mediaLoader({ src, width }: { src: string; width: number; quality?: number }): string {
  if (!MASTER.test(src) || /-w\d+\.webp$/.test(src)) return src;
  const chosen = WIDTHS.find((w) => w >= width) ?? WIDTHS[WIDTHS.length - 1];
  return `${src.replace(/\.[a-z0-9]+$/i, '')}-w${chosen}.webp`;
}
