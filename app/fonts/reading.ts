import localFont from 'next/font/local';

/**
 * Noto Serif for reading text (a story's body and quotations, a decision's summary, a
 * campaign's motto): regular, italic and bold. Loaded by the pages that set it, not by the
 * root layout, so that those pages preload it and the others never fetch it. Apply
 * `readingFont.variable` on the block that uses the `font-reading` utility.
 */
export const readingFont = localFont({
  src: [
    { path: './noto-serif-400.woff2', weight: '400', style: 'normal' },
    { path: './noto-serif-400-italic.woff2', weight: '400', style: 'italic' },
    { path: './noto-serif-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-face-serif-text',
  // As the layout's faces: in time or not at all for this view (see app/layout.tsx).
  display: 'optional',
  adjustFontFallback: 'Times New Roman',
  fallback: ['Georgia', 'serif'],
});
