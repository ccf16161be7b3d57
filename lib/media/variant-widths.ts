// Widths of the WebP variants written for every library image (lib/media/images.ts) and
// requested by the site's image loader (lib/media/image-loader.ts); next.config.ts asks
// next/image for the same widths.
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

/** The key of a master's variant at `width` ("2026/11/abc.jpg" → "2026/11/abc-w480.webp"). */
export function variantKey(masterKey: string, width: number): string {
  return `${masterKey.replace(/\.[a-z0-9]+$/i, '')}-w${width}.webp`;
}

/** Every key a library image occupies in storage: the master and the variants its row lists. */
export function storageKeys(media: { key: string; variants: unknown }): string[] {
  const variants = Array.isArray(media.variants) ? (media.variants as { key?: unknown }[]).map((v) => v?.key).filter((k): k is string => typeof k === 'string') : [];
  return [media.key, ...variants];
}
