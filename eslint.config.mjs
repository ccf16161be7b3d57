import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { importRules } from './tests/lint/import-rules.mjs';
import noWallClock from './tests/lint/no-wall-clock.mjs';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  // Tests wait for conditions and assert mechanisms; speed is measured in `npm run bench`.
  {
    files: ['tests/**/*.{ts,tsx,mts,mjs}'],
    ignores: ['tests/bench/**'],
    plugins: { 'bang-vang': { rules: { 'no-wall-clock': noWallClock } } },
    rules: { 'bang-vang/no-wall-clock': 'error' },
  },
  // Reader pages hydrate only what a reader interacts with (issue 25): their links are plain
  // anchors (a page is a cached document; next/link made each one a client component with a
  // viewport observer and prefetches) and their images plain <img> from getImageProps
  // (components/ui/server-image.tsx), so the rule that asks for next/link is reversed here.
  {
    files: ['app/(site)/**/*.{ts,tsx}', 'app/*.tsx', 'components/site/**/*.{ts,tsx}', 'components/registry/**/*.{ts,tsx}', 'components/ui/**/*.{ts,tsx}'],
    rules: {
      '@next/next/no-html-link-for-pages': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'next/link', message: 'Reader pages link with <a>: next/link hydrates every link.' },
            { name: 'next/image', importNames: ['default'], message: 'Reader pages use ServerImage (components/ui/server-image.tsx): next/image hydrates every image.' },
          ],
        },
      ],
    },
  },
  // The layout's import rules: who may import the Prisma client, server modules, component logic.
  ...importRules,
];

export default config;
