import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import './globals.css';
import { site } from '@/lib/newsroom/site';

// The site's faces, cut for Vietnamese by app/fonts/make-fonts.mjs (12–14 KB each), served
// by next/font and preloaded: the text face and its semibold, and the headings' serif bold —
// what every page paints first (39 KB). Stories' reading serif is app/fonts/reading.ts,
// loaded by the pages that set it.
//
// font-display: optional. The fallback faces next/font adjusts (Arial, Times New Roman) are
// not on Android nor on Linux, where the swap would move lines; with `optional` a face that
// is not there within the first ~100 ms is not swapped in for that view at all (it is cached
// for the next one), so a late font never moves text, and preloaded files this small are
// in time on any working connection.
const sans = localFont({
  src: [
    { path: './fonts/be-vietnam-pro-400.woff2', weight: '400', style: 'normal' },
    // SemiBold also serves bold: one face less, and the menus' and labels' weight.
    { path: './fonts/be-vietnam-pro-600.woff2', weight: '600 700', style: 'normal' },
  ],
  variable: '--font-face-sans',
  display: 'optional',
  adjustFontFallback: 'Arial',
  fallback: ['system-ui', 'sans-serif'],
});
const serifHeading = localFont({
  src: [{ path: './fonts/noto-serif-700.woff2', weight: '700', style: 'normal' }],
  variable: '--font-face-serif-heading',
  display: 'optional',
  adjustFontFallback: 'Times New Roman',
  fallback: ['Georgia', 'serif'],
});

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name} — ${site.tagline}`, template: `%s | ${site.name}` },
  description: site.description,
  applicationName: site.name,
  alternates: { types: { 'application/rss+xml': [{ url: '/rss.xml', title: `${site.name} – tin mới` }] } },
  // app/icon.svg is linked by Next itself; these are public/'s (app/make-icons.mjs).
  icons: { icon: [{ url: '/favicon.ico', sizes: '16x16 32x32 48x48' }, { url: '/icon.svg', type: 'image/svg+xml' }], apple: '/apple-touch-icon.png' },
};

export const viewport: Viewport = { themeColor: '#8b0b20', width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi" className={`${sans.variable} ${serifHeading.variable}`}>
      <body className="min-h-screen bg-white font-sans antialiased">{children}</body>
    </html>
  );
}
