import type { NextConfig } from 'next';
import { MEDIA_CONTENT_SECURITY_POLICY } from './lib/media/headers';
import { VARIANT_WIDTHS } from './lib/media/variant-widths';

const isDev = process.env.NODE_ENV !== 'production';

// Pages are cached and shared by every reader, so the policy cannot depend on a per-request
// nonce: inline scripts are limited to Next's own bootstrap ('unsafe-inline' for scripts
// is the price of static pages; every other source is this site only). Readers' pages show
// only the site's own images; the newsroom also previews files before upload (blob:) and
// pasted images (data:). Next compiles a header value that holds a colon as a pattern on
// every request; the readers' policy holds none.
const contentSecurityPolicy = (imageSources: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src ${imageSources}`,
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy("'self'") },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(isDev ? [] : [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]),
];

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Off: with it, an unlisted story would be answered with the shared App Shell (status
  // 200) before its own render, so a missing story could not return 404 nor a renamed one
  // 308. Without it, the first visit to an unlisted URL waits for its render, which is
  // then cached like a prerendered page.
  partialPrefetching: false,
  poweredByHeader: false,
  // Browser source maps only for `npm run lighthouse`'s own build, which reads them to tell
  // the framework's bytes from this project's in each script; never in a deployed build.
  productionBrowserSourceMaps: process.env.LIGHTHOUSE_SOURCE_MAPS === '1',
  // Rendered pages are kept in each instance's memory only, never written back into the
  // build folder: instances started from one build (several behind nginx, or the e2e
  // suite's two servers on databases of their own) would otherwise read each other's
  // renders from disk, and a page written there after an invalidation reads as fresh.
  // The pages prerendered by the build are still read from it; the rest render on first
  // visit after a restart, as any entry past the memory budget below does.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: {
    // forbidden(): a signed-in account without the role gets a real 403 page.
    authInterrupts: true,
    isrFlushToDisk: false,
  },
  // Native modules stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'sharp', 'exceljs', 'pdfkit', 'qrcode', '@aws-sdk/client-s3', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
  // Library images come in WebP variants written at upload (lib/media/images.ts); the
  // loader points each srcset width at one of them, so no image is resized per request.
  images: {
    loader: 'custom',
    loaderFile: './lib/media/image-loader.ts',
    deviceSizes: [...VARIANT_WIDTHS],
    imageSizes: [320],
  },
  // 'use cache' entries stay in each instance's memory; tag invalidations are shared
  // through Redis when REDIS_URL is set (lib/platform/shared-tags-handler.mjs).
  cacheHandlers: { default: require.resolve('./lib/platform/shared-tags-handler.mjs') },
  cacheLife: {
    // Public content: invalidated by tag on every change; the timer is only a safety net.
    content: { stale: 300, revalidate: 3_600, expire: 30 * 24 * 3_600 },
  },
  async redirects() {
    // Page 1 of a listing is the listing itself (one canonical URL).
    return [
      // The E-magazine section has one address, its magazine-style index (lib/newsroom/site.ts categoryPath).
      { source: '/chuyen-muc/e-magazine', destination: '/e-magazine', permanent: true },
      { source: '/chuyen-muc/e-magazine/trang/:page', destination: '/e-magazine', permanent: true },
      { source: '/chuyen-muc/:slug/trang/1', destination: '/chuyen-muc/:slug', permanent: true },
      { source: '/the/:slug/trang/1', destination: '/the/:slug', permanent: true },
      { source: '/tac-gia/:slug/trang/1', destination: '/tac-gia/:slug', permanent: true },
      { source: '/vinh-danh/quyet-dinh/trang/1', destination: '/vinh-danh/quyet-dinh', permanent: true },
      { source: '/cai-chinh/trang/1', destination: '/cai-chinh', permanent: true },
      { source: '/vinh-danh/:list(don-vi|quyet-dinh|danh-hieu)/:slug/trang/1', destination: '/vinh-danh/:list/:slug', permanent: true },
      { source: '/vinh-danh/don-vi/:slug/rieng/trang/1', destination: '/vinh-danh/don-vi/:slug/rieng', permanent: true },
    ];
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The later rule wins for the same header.
      { source: '/admin/:path*', headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy("'self' data: blob:") }] },
      // Library files: their own policy (the site-wide one would replace the route's).
      { source: '/media/:path*', headers: [{ key: 'Content-Security-Policy', value: MEDIA_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;
