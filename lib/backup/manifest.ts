// What a backup says about itself: which app and schema wrote it, what each table held
// at the snapshot (rows and a checksum of the rows), and each media file's checksum. A
// restore believes nothing in the archive that does not match it.
import { z } from 'zod';

export const BACKUP_FORMAT = 'bang-vang-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  app: z.object({ name: z.string(), version: z.string() }),
  /** Where it was taken: the embedded PGlite database or a PostgreSQL server. */
  source: z.enum(['embedded', 'server']),
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
  tables: z.record(
    z.string(),
    z.object({ file: z.string(), rows: z.number().int().min(0), sha256, bytes: z.number().int().min(0), columns: z.array(z.string()) }),
  ),
  media: z.record(z.string(), z.object({ file: z.string(), bytes: z.number().int().min(0), sha256 })),
  /** Files the library names that storage no longer had when the backup ran. */
  missingMedia: z.array(z.string()),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** "1.10.0" > "1.9.3": compares dotted numbers; anything after a "-" is ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split('-')[0]!.split('.').map((p) => Number(p) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
