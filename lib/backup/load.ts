// Writes a backup's rows into a database whose schema is at the backup's migration level:
// one transaction (a failed restore leaves the empty schema, never half the rows), tables
// in foreign-key order, each batch a single INSERT ... SELECT from json_populate_recordset,
// so every value goes through the column type's own input function. The tables'
// triggers are off while their rows are written: the search columns and the
// story ↔ image rows they maintain are restored as they were, not recomputed.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { dumpTable } from './dump';
import { insertOrder, quoteIdent, readTables, type Sql, type TableInfo } from './catalog';
import { BackupError } from './errors';
import type { Manifest } from './manifest';

const BATCH_BYTES = 4 * 1024 * 1024;

async function insertBatch(sql: Sql, table: TableInfo, columns: string[], lines: string[]) {
  if (lines.length === 0) return;
  const list = columns.map(quoteIdent).join(', ');
  await sql.query(`INSERT INTO ${quoteIdent(table.name)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, $1::json)`, [
    `[${lines.join(',')}]`,
  ]);
}

async function loadTable(sql: Sql, table: TableInfo, file: string, columns: string[]) {
  const lines: string[] = [];
  let bytes = 0;
  const reader = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of reader) {
    if (line === '') continue;
    lines.push(line);
    bytes += line.length;
    // A table with a foreign key to itself goes in one statement: its constraint is
    // checked at the statement's end, when every parent is there.
    if (bytes >= BATCH_BYTES && !table.selfReferencing) {
      await insertBatch(sql, table, columns, lines.splice(0));
      bytes = 0;
    }
  }
  await insertBatch(sql, table, columns, lines);
}

/** Sequences owned by a column get the next value after the restored rows. */
async function resetSequences(sql: Sql) {
  const { rows } = await sql.query<{ seq: string; tbl: string; col: string }>(
    `SELECT s.oid::regclass::text AS seq, t.oid::regclass::text AS tbl, a.attname AS col
       FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
       JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE s.relkind = 'S' AND n.nspname = 'public'`,
  );
  for (const { seq, tbl, col } of rows) {
    await sql.query(`SELECT setval($1::regclass, coalesce((SELECT max(${quoteIdent(col)}) FROM ${tbl}), 0) + 1, false)`, [seq]);
  }
}

/**
 * Loads every table of the unpacked backup in `dir` and checks, inside the same
 * transaction, that each table now holds exactly the rows the manifest describes (count
 * and checksum); any difference rolls everything back.
 */
export async function loadBackup(sql: Sql, dir: string, manifest: Manifest): Promise<void> {
  const tables = await readTables(sql);
  const byName = new Map(tables.map((t) => [t.name, t]));
  for (const name of Object.keys(manifest.tables)) {
    if (!byName.has(name)) throw new BackupError(`Bảng ${name} của bản sao lưu không có trong lược đồ đích (mức di chuyển khác nhau).`);
  }
  await sql.query('BEGIN');
  try {
    await sql.query(`SET LOCAL TimeZone = 'UTC'`);
    for (const table of tables) await sql.query(`ALTER TABLE ${quoteIdent(table.name)} DISABLE TRIGGER USER`);
    for (const name of insertOrder(tables)) {
      const entry = manifest.tables[name];
      if (!entry) continue;
      const table = byName.get(name)!;
      const columns = table.writable.filter((c) => entry.columns.includes(c));
      await loadTable(sql, table, path.join(dir, entry.file), columns);
    }
    for (const table of tables) await sql.query(`ALTER TABLE ${quoteIdent(table.name)} ENABLE TRIGGER USER`);
    await resetSequences(sql);
    for (const [name, entry] of Object.entries(manifest.tables)) {
      const check = await dumpTable(sql, byName.get(name)!, null);
      if (check.rows !== entry.rows || check.sha256 !== entry.sha256) {
        throw new BackupError(`Khôi phục bảng ${name} không khớp bản sao lưu (${check.rows}/${entry.rows} dòng): đã hủy, cơ sở dữ liệu đích không đổi.`);
      }
    }
    await sql.query('COMMIT');
  } catch (error) {
    await sql.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
