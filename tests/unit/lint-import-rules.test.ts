// The layout's import rules (tests/lint/import-rules.mjs, wired in eslint.config.mjs), run
// through ESLint with the project's own configuration: a forbidden import is an error where
// the layout forbids it, and the same import passes where the layout puts it.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const RULE = '@typescript-eslint/no-restricted-imports';

/** The import-rule errors ESLint reports for `code` as if it were the file at `filePath`. */
async function refusals(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('import rules', { timeout: 60_000 }, () => {
  it('the Prisma client: refused outside the data, action and db layers', async () => {
    const code = "import { db } from '@/lib/db';\nexport const n = () => db.user.count();\n";
    expect(await refusals(code, 'lib/registry/certificate-extra.ts')).toEqual([expect.stringContaining('lib/<domain>/data')]);
    expect(await refusals(code, 'app/(site)/some/page.tsx')).toEqual([expect.stringContaining('lib/<domain>/data')]);
    expect(await refusals(code, 'proxy.ts')).toEqual([expect.stringContaining('lib/<domain>/data')]);
    const generated = "import { Prisma } from '@/lib/generated/prisma/client';\nexport const s = Prisma.sql`SELECT 1`;\n";
    expect(await refusals(generated, 'lib/media/extra.ts')).toHaveLength(1);
    // Where the layout puts database access, the same imports pass.
    expect(await refusals(code, 'lib/registry/data/extra.ts')).toEqual([]);
    expect(await refusals(code, 'lib/registry/actions/extra.ts')).toEqual([]);
    expect(await refusals(generated, 'lib/db/extra.ts')).toEqual([]);
    // Types are erased: a shape may be named anywhere.
    expect(await refusals("import type { Prisma } from '@/lib/generated/prisma/client';\nexport type T = Prisma.UserSelect;\n", 'lib/media/extra.ts')).toEqual([]);
    // The db module's other exports (the health check's ping) are not the client.
    expect(await refusals("import { pingDatabase } from '@/lib/db';\nexport const p = pingDatabase;\n", 'app/api/extra/route.ts')).toEqual([]);
  });

  it('components: no server modules, but the pickers and types', async () => {
    const data = "import { listMenuCategories } from '@/lib/newsroom/data/categories';\nexport const f = listMenuCategories;\n";
    expect(await refusals(data, 'components/site/extra.tsx')).toEqual([expect.stringContaining('Components do not import server modules')]);
    expect(await refusals("import { getCurrentUser } from '@/lib/auth/session';\nexport const f = getCurrentUser;\n", 'components/admin/extra.tsx')).toHaveLength(1);
    expect(await refusals("import { db } from '@/lib/db';\nexport const f = db;\n", 'components/admin/extra.tsx')).not.toEqual([]);
    expect(await refusals("import { findMedia } from '@/lib/media/data/media-picker';\nexport const f = findMedia;\n", 'components/admin/extra.tsx')).toEqual([]);
    expect(await refusals("import type { CategoryDto } from '@/lib/newsroom/data/categories';\nexport type T = CategoryDto;\n", 'components/site/extra.tsx')).toEqual([]);
    // A page may read data itself.
    expect(await refusals(data, 'app/(site)/extra/page.tsx')).toEqual([]);
  });

  it('pages: components from components/, not logic', async () => {
    expect(await refusals("import { pageHref } from '@/components/site/category-listing';\nexport const f = pageHref;\n", 'app/(site)/extra/page.tsx')).toEqual([expect.stringContaining('not logic')]);
    expect(await refusals("import { CategoryListing } from '@/components/site/category-listing';\nexport const C = CategoryListing;\n", 'app/(site)/extra/page.tsx')).toEqual([]);
    expect(await refusals("import type { UnitOption } from '@/components/registry/award-filters';\nexport type T = UnitOption;\n", 'app/(site)/extra/page.tsx')).toEqual([]);
  });
});
