// A process that imports a register file and is killed while doing it (tests/integration/
// faults.test.ts): `node --conditions=react-server --import tsx tests/support/import-child.ts <file>`.
// DATABASE_URL names the database; the import runs as the seeded registrar.
import { readFileSync } from 'node:fs';
import { commitImport } from '@/lib/registry/data/import-commit';

async function main() {
  const registrar = { id: 'user-registrar', name: 'Phạm Minh Châu', email: 'thiduakhenthuong@bangvang.local', role: 'REGISTRAR' as const, unitId: null };
  const result = await commitImport(registrar, readFileSync(process.argv[2]!), 'su-co.csv', {}, false);
  console.log(JSON.stringify(result));
  process.exit(0);
}

void main();
