import type { Metadata, Viewport } from 'next';
// Only the Latin and Vietnamese subsets. The Latin Extended faces' unicode-range also
// covers Ă Đ Ơ Ư, so with them every Vietnamese page downloaded a second, 60 KB file per
// weight for letters the Vietnamese subset already has (Lighthouse: 314 KB of fonts on a
// story). Other scripts fall back to the system fonts named in globals.css.
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import '@fontsource/be-vietnam-pro/latin-700.css';
import '@fontsource/be-vietnam-pro/vietnamese-700.css';
import '@fontsource/noto-serif/latin-400.css';
import '@fontsource/noto-serif/vietnamese-400.css';
import '@fontsource/noto-serif/latin-400-italic.css';
import '@fontsource/noto-serif/vietnamese-400-italic.css';
import '@fontsource/noto-serif/latin-700.css';
import '@fontsource/noto-serif/vietnamese-700.css';
import './globals.css';
import { site } from '@/lib/newsroom/site';

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
    <html lang="vi">
      <body className="min-h-screen bg-white font-sans antialiased">{children}</body>
    </html>
  );
}
