import type { MetadataRoute } from 'next';
import { site } from '@/lib/newsroom/site';

// The web app manifest (/manifest.webmanifest): name, colours and the icons in public/
// (drawn from app/icon.svg by app/make-icons.mjs), for "add to home screen".
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${site.name} — ${site.tagline}`,
    short_name: site.name,
    description: site.description,
    lang: 'vi',
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#8b0b20',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
