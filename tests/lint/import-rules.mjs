// Where each kind of code may import from (README, "Architecture"): the rules of the layout,
// enforced by ESLint's no-restricted-imports (the TypeScript version, so `import type` of a
// server module's shapes stays allowed — types are erased and run nowhere).
//
// - The Prisma client (`db`, `reader()`, the generated client's values) is imported only by
//   the data layer (lib/<domain>/data), the Server Actions (lib/<domain>/actions) and
//   lib/db itself. Scripts, seeds and tests hold their own clients.
// - Components may not import server modules: the database, the data layer (a component
//   receives what a page read), the session and the environment. The pickers' reads
//   (lib/<domain>/data/*-picker.ts) are 'use server' functions a client may call.
// - Pages and routes may not import logic from component files: only components (names in
//   PascalCase) and types.

const prismaClient = {
  paths: [
    { name: '@/lib/db', importNames: ['db', 'reader'], message: 'The Prisma client is read through lib/<domain>/data and written through lib/<domain>/actions.', allowTypeImports: true },
  ],
  patterns: [
    { group: ['@/lib/generated/prisma/client', '@/lib/db/client', '@prisma/client'], message: 'The Prisma client is read through lib/<domain>/data and written through lib/<domain>/actions.', allowTypeImports: true },
  ],
};

const serverModules = {
  group: ['@/lib/db', '@/lib/db/*', '@/lib/*/data/*', '!@/lib/*/data/*-picker', '@/lib/auth/session', '@/lib/auth/options', '@/lib/auth/with-role', '@/lib/platform/env', '@/lib/platform/revalidate'],
  message: 'Components do not import server modules: the page reads the data and passes it in (pickers call lib/<domain>/data/*-picker.ts).',
  allowTypeImports: true,
};

const componentLogic = {
  group: ['@/components/**'],
  importNamePattern: '^[^A-Z]',
  message: 'Pages import components (PascalCase) from components/, not logic: put shared logic in lib/.',
  allowTypeImports: true,
};

const rule = '@typescript-eslint/no-restricted-imports';

/** The flat-config entries (after eslint-config-next, which registers the plugin). */
export const importRules = [
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    ignores: ['lib/*/data/**', 'lib/*/actions/**', 'lib/db/**', 'components/**', 'app/**', 'tests/**', 'prisma/**'],
    rules: { [rule]: ['error', prismaClient] },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { [rule]: ['error', { paths: prismaClient.paths, patterns: [...prismaClient.patterns, serverModules] }] },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    rules: { [rule]: ['error', { paths: prismaClient.paths, patterns: [...prismaClient.patterns, componentLogic] }] },
  },
];
