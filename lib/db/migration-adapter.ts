// The driver adapter the Prisma CLI uses for migrations (prisma.config.ts, engine "js").
//
// It mends two defects of @prisma/adapter-pg 6.19.3 on that path; each has a test in
// tests/integration/migration-adapter.test.ts. Remove a fix once the adapter has its own.
//
// 1. Catalog columns. The schema engine introspects pg_catalog, whose columns have
//    PostgreSQL-internal types (`name`, `"char"`, `regproc`...). The adapter maps result
//    column type ids to Prisma column types and throws "Column type 'name' could not be
//    deserialized" for those. pg already returns their values as strings, so relabelling
//    the type ids as `text` before the adapter reads them is exact — except for `"char"`
//    (pg_constraint.contype...), which the schema engine reads as a character: labelled
//    text, it aborts with "RuntimeError: unreachable" as soon as a table has a CHECK
//    constraint. Those columns are reported as the adapter interface's Character type.
// 2. Shadow database. `connectToShadowDb()` spreads the pool config and overrides
//    `database`; when the config holds a `connectionString` (as ours does), pg lets the
//    string win, so the "shadow" database is the main one (P3006 "relation already
//    exists"). It also drops the shadow database before closing its own pool, which
//    fails with "database ... is being accessed by other users". We connect by separate
//    fields and drop WITH (FORCE) after closing the pool.
// 3. Scripts. `executeScript()` splits a migration on every ";" — inside comments, strings
//    and function bodies too — so a migration that defines a PL/pgSQL trigger function
//    fails with a syntax error. We send the script whole with the simple query protocol,
//    which PostgreSQL runs statement by statement as one implicit transaction (so a
//    failing migration also leaves nothing half-applied).
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
// Scalar internal types whose text form is a plain string.
const CHAR_OID = 18; // "char"
const CHARACTER_COLUMN_TYPE = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils
const INTERNAL_SCALAR_OIDS = new Set([
  CHAR_OID,
  19, // name
  24, // regproc
  28, // xid
  194, // pg_node_tree
  2205, // regclass
  2206, // regtype
  3734, // regconfig
]);
const INTERNAL_ARRAY_OIDS = new Set([1002, 1003]); // "char"[], name[]

type FieldLike = { dataTypeID: number };

// Which result columns were "char", keyed by the result's rows array (which the adapter
// passes through unchanged), so queryRaw can report them as Character.
const charColumnsByRows = new WeakMap<object, number[]>();

/** Relabels internal catalog types as text in a pg result (fix 1). */
export function relabelInternalTypes(res: { fields?: FieldLike[]; rows?: unknown } | undefined): void {
  const fields = res?.fields;
  if (!fields) return;
  const charColumns: number[] = [];
  fields.forEach((field, index) => {
    if (field.dataTypeID === CHAR_OID) charColumns.push(index);
    if (INTERNAL_SCALAR_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    else if (INTERNAL_ARRAY_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_ARRAY_OID;
  });
  if (charColumns.length > 0 && res.rows && typeof res.rows === 'object') {
    charColumnsByRows.set(res.rows, charColumns);
  }
}

class CatalogFriendlyClient extends pg.Client {
  // pg's query() has many overloads: pg-pool calls the callback form, the adapter's
  // transactions the promise form. Both results get their fields relabelled.
  override query(...args: unknown[]): never {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (err: unknown, res: { fields?: FieldLike[] } | undefined) => {
        if (!err) relabelInternalTypes(res);
        (callback as (e: unknown, r: unknown) => void)(err, res);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      return (result as Promise<{ fields?: FieldLike[] }>).then((res) => {
        relabelInternalTypes(res);
        return res;
      }) as never;
    }
    return result as never;
  }
}

export interface ConnectionFields {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
  ssl?: boolean;
}

/** Splits a postgres:// URL into the fields pg takes (so nothing can override `database`). */
export function connectionFields(url: string): ConnectionFields {
  const u = new URL(url);
  if (u.protocol !== 'postgresql:' && u.protocol !== 'postgres:') {
    throw new Error(`Not a PostgreSQL URL: ${u.protocol}`);
  }
  const sslmode = u.searchParams.get('sslmode');
  return {
    host: decodeURIComponent(u.hostname || '127.0.0.1'),
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || 'postgres'),
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, '') || 'postgres'),
    ssl: sslmode === 'require' || sslmode === 'verify-full' ? true : undefined,
  };
}

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;

/** Applies fixes 1 ("char" columns) and 3 (whole scripts) to a connected adapter. */
export function mendAdapter(adapter: PgAdapter): PgAdapter {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    const charColumns = charColumnsByRows.get(result.rows);
    if (charColumns) {
      const columnTypes = [...result.columnTypes];
      for (const index of charColumns) columnTypes[index] = CHARACTER_COLUMN_TYPE as (typeof columnTypes)[number];
      return { ...result, columnTypes };
    }
    return result;
  };
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      // onError is protected in the type; it converts pg errors into the DriverAdapterError
      // the schema engine formats for the user.
      (adapter as unknown as { onError(e: unknown): never }).onError(error);
    }
  };
  return adapter;
}

class MigrationPgAdapterFactory extends PrismaPg {
  constructor(private readonly fields: ConnectionFields) {
    super({ ...fields, Client: CatalogFriendlyClient } as pg.PoolConfig);
  }

  override async connect() {
    return mendAdapter(await super.connect());
  }

  override async connectToShadowDb() {
    const shadowName = `prisma_shadow_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ ...this.fields });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${shadowName}"`);
    await admin.end();

    const shadowFactory = new PrismaPg({ ...this.fields, database: shadowName, Client: CatalogFriendlyClient } as pg.PoolConfig);
    const adapter = mendAdapter(await shadowFactory.connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose(); // closes the shadow pool first
      const dropper = new pg.Client({ ...this.fields });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    };
    return adapter;
  }
}

export function createMigrationAdapter(url: string): PrismaPg {
  return new MigrationPgAdapterFactory(connectionFields(url));
}
