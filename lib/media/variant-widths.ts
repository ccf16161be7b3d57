// Widths of the WebP variants written for every library image (lib/media/images.ts) and
// requested by the site's image loader (lib/media/image-loader.ts); next.config.ts asks
// next/image for the same widths.
export const VARIANT_WIDTHS = [480, 960, 1600] as const;
