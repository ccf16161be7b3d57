// What a backup reads from and writes to: any PostgreSQL session that answers a query —
// a `pg` client on a server, or a PGlite instance (the embedded database, or a copy of
// its data folder) — and what the catalogue says about the app's tables.

/** The one method both `pg.Client` and `PGlite` have. */
export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/** Prisma's bookkeeping table: carried in the manifest, recreated by `migrate deploy`. */
export const MIGRATIONS_TABLE = '_prisma_migrations';

export interface TableInfo {
  name: string;
  /** Every column, in table order (the dump's JSON keys). */
  columns: string[];
  /** The columns a restore writes: all but generated ones. */
  writable: string[];
  /** Primary-key columns: the dump's order (none: the whole row's text). */
  primaryKey: string[];
  /** Tables this one's foreign keys point at (itself excluded). */
  references: string[];
  /** A foreign key to itself (a unit's parent): its rows are written in one statement. */
  selfReferencing: boolean;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The app's tables in the public schema, with what a dump and a restore need of each. */
export async function readTables(sql: Sql): Promise<TableInfo[]> {
  const { rows: tables } = await sql.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1 ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  const { rows: columns } = await sql.query<{ table: string; name: string; generated: string }>(
    `SELECT c.relname AS table, a.attname AS name, a.attgenerated::text AS generated
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
  );
  const { rows: keys } = await sql.query<{ table: string; name: string }>(
    `SELECT c.relname AS table, a.attname AS name
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position) ON true
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE n.nspname = 'public' AND i.indisprimary
      ORDER BY c.relname, k.position`,
  );
  const { rows: foreign } = await sql.query<{ table: string; target: string }>(
    `SELECT DISTINCT c.relname AS table, t.relname AS target
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND k.contype = 'f'`,
  );
  return tables.map(({ name }) => {
    const own = columns.filter((c) => c.table === name);
    const targets = foreign.filter((f) => f.table === name).map((f) => f.target);
    return {
      name,
      columns: own.map((c) => c.name),
      writable: own.filter((c) => c.generated === '').map((c) => c.name),
      primaryKey: keys.filter((k) => k.table === name).map((k) => k.name),
      references: [...new Set(targets.filter((t) => t !== name))].sort(),
      selfReferencing: targets.includes(name),
    };
  });
}

/**
 * Tables ordered so that every table comes after the tables it references: rows can be
 * written table by table with every foreign key checked as it goes. A cycle between
 * tables (none in this schema) is reported rather than guessed around.
 */
export function insertOrder(tables: Pick<TableInfo, 'name' | 'references'>[]): string[] {
  const pending = new Map(tables.map((t) => [t.name, new Set(t.references.filter((r) => tables.some((x) => x.name === r)))]));
  const order: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter(([, deps]) => deps.size === 0).map(([name]) => name).sort();
    if (ready.length === 0) throw new Error(`Các bảng tham chiếu vòng tròn: ${[...pending.keys()].join(', ')}`);
    for (const name of ready) {
      order.push(name);
      pending.delete(name);
      for (const deps of pending.values()) deps.delete(name);
    }
  }
  return order;
}

export interface AppliedMigration {
  name: string;
  checksum: string;
}

/** The migrations applied to a database, oldest first (none: an empty database). */
export async function appliedMigrations(sql: Sql): Promise<AppliedMigration[]> {
  const { rows: exists } = await sql.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public.${MIGRATIONS_TABLE}`]);
  if (!exists[0]?.present) return [];
  const { rows } = await sql.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM ${quoteIdent(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows;
}

/** How many rows the app's tables hold (a restore refuses a target that holds any). */
export async function countRows(sql: Sql, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await sql.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}
