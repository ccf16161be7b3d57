// The rows of every table, as JSON lines: one file per table, in primary-key order, so
// the same data always gives the same bytes (and the same checksum) whichever
// PostgreSQL wrote them — a server or the embedded PGlite.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { storageKeys, VARIANT_WIDTHS, variantKey } from '@/lib/media/variant-widths';
import { quoteIdent, type Sql, type TableInfo } from './catalog';

const FETCH_ROWS = 2_000;

export interface TableDump {
  rows: number;
  sha256: string;
  bytes: number;
}

function orderBy(table: TableInfo): string {
  return table.primaryKey.length > 0 ? table.primaryKey.map(quoteIdent).join(', ') : 'row_to_json(t)::text';
}

/**
 * Streams one table through a cursor into `file` (or only hashes it when `file` is null:
 * how a restore checks what it wrote). Runs inside the caller's transaction — the
 * snapshot every table is read from.
 */
export async function dumpTable(sql: Sql, table: TableInfo, file: string | null): Promise<TableDump> {
  const hash = createHash('sha256');
  const out = file ? createWriteStream(file) : null;
  let rows = 0;
  let bytes = 0;
  const cursor = `bv_dump_${table.name.replace(/\W/g, '_')}`;
  await sql.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${quoteIdent(table.name)} t ORDER BY ${orderBy(table)}`);
  try {
    for (;;) {
      const { rows: batch } = await sql.query<{ j: string }>(`FETCH ${FETCH_ROWS} FROM ${cursor}`);
      if (batch.length === 0) break;
      const chunk = batch.map((r) => r.j).join('\n') + '\n';
      hash.update(chunk);
      bytes += Buffer.byteLength(chunk);
      rows += batch.length;
      if (out && !out.write(chunk)) await once(out, 'drain');
    }
  } finally {
    await sql.query(`CLOSE ${cursor}`);
    if (out) {
      out.end();
      await once(out, 'close');
    }
  }
  return { rows, sha256: hash.digest('hex'), bytes };
}

/**
 * The media files the snapshot's library rows occupy: each master and the variants its
 * row lists (required: a missing one is reported), plus the variants the image loader
 * asks for by name at every width (kept when storage has them: rows written before
 * variants were listed, like the demo's, have them only by that name); and every file
 * attached to a dossier (required).
 */
export async function mediaKeys(sql: Sql): Promise<{ required: string[]; optional: string[] }> {
  const { rows } = await sql.query<{ key: string; variants: unknown }>(`SELECT key, variants FROM media ORDER BY key`);
  const required = new Set<string>();
  const optional = new Set<string>();
  for (const row of rows) {
    const variants = typeof row.variants === 'string' ? (JSON.parse(row.variants) as unknown) : row.variants;
    for (const key of storageKeys({ key: row.key, variants })) required.add(key);
    for (const width of VARIANT_WIDTHS) optional.add(variantKey(row.key, width));
  }
  // Dossiers' files, taken off or not (a removal is undone by the row alone).
  const { rows: present } = await sql.query<{ present: boolean }>(`SELECT to_regclass('public.dossier_attachments') IS NOT NULL AS present`);
  if (present[0]?.present) for (const row of (await sql.query<{ key: string }>(`SELECT storage_key AS key FROM dossier_attachments ORDER BY storage_key`)).rows) required.add(row.key);
  return { required: [...required].sort(), optional: [...optional].filter((k) => !required.has(k)).sort() };
}
