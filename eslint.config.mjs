import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
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
];

export default config;
