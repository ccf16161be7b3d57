import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': path.resolve(__dirname),
  // `server-only` guards the app's server modules inside Next; tests run them directly.
  'server-only': path.resolve(__dirname, 'tests/support/empty-module.ts'),
  // next/font is a build-time transform; components that load a face render in tests too.
  'next/font/local': path.resolve(__dirname, 'tests/support/next-font-local.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // The integration files mostly wait on PostgreSQL (another process), so more workers
    // than cores pays: on 2 cores `npm test` took 145 s serially, 94 s with 2 workers, 71 s
    // with 3 and 78 s with 4.
    maxWorkers: 3,
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/global-setup.ts'],
          setupFiles: ['tests/integration/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Files run in parallel, each worker on its own copy of the seeded database.
        },
      },
    ],
  },
});
