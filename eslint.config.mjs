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
  // The layout's import rules: who may import the Prisma client, server modules, component logic.
  ...importRules,
];

export default config;
