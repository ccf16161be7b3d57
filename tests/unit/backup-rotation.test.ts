// The pieces of a backup that need no database: which backups rotation keeps, backup
// names ↔ times, version order, the foreign-key order tables are restored in.
import { describe, expect, it } from 'vitest';
import { insertOrder } from '@/lib/backup/catalog';
import { compareVersions } from '@/lib/backup/manifest';
import { backupsToKeep } from '@/lib/backup/rotation';
import { backupName, parseBackupName } from '@/lib/backup/store';

const at = (iso: string) => ({ name: backupName(new Date(iso)), createdAt: new Date(iso) });

describe('rotation', () => {
  it('keeps the newest backup of each of the last N days and M months', () => {
    const backups = [
      at('2026-09-15T20:00:00Z'), // September: the month's only one → monthly
      at('2026-10-03T20:00:00Z'),
      at('2026-10-30T20:00:00Z'), // October's newest → monthly
      at('2026-11-29T20:00:00Z'), // already the 30th in Vietnam (UTC+7): an older one of that day
      at('2026-11-30T01:00:00Z'), // also the 30th, older
      at('2026-11-30T03:00:00Z'), // the 30th's newest
      at('2026-12-01T10:00:00Z'), // today → daily and monthly (December)
    ];
    const keep = backupsToKeep(backups, { daily: 2, monthly: 3 });
    expect([...keep].sort()).toEqual(
      [backups[6]!, backups[5]!, backups[2]!].map((b) => b.name).sort(),
    );
    const more = backupsToKeep(backups, { daily: 3, monthly: 4 });
    expect(more.has(backups[3]!.name)).toBe(false); // same Vietnamese day as [5], older
    expect(more.has(backups[0]!.name)).toBe(true);
    expect(more.has(backups[1]!.name)).toBe(false);
  });

  it('keeps nothing with zero days and zero months, everything with enough', () => {
    const backups = [at('2026-11-01T00:00:00Z'), at('2026-11-02T00:00:00Z')];
    expect(backupsToKeep(backups, { daily: 0, monthly: 0 }).size).toBe(0);
    expect(backupsToKeep(backups, { daily: 7, monthly: 12 }).size).toBe(2);
  });
});

describe('backup names', () => {
  it('round-trip their time and ignore other files', () => {
    const time = new Date('2026-12-01T14:30:05.123Z');
    expect(backupName(time)).toBe('bang-vang-2026-12-01T14-30-05-123Z.tar.gz');
    expect(parseBackupName(backupName(time))?.toISOString()).toBe(time.toISOString());
    expect(parseBackupName(`${backupName(time)}.partial`)).toBeNull();
    expect(parseBackupName('.staging-x')).toBeNull();
  });
});

describe('versions and table order', () => {
  it('compares dotted versions numerically', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBe(1);
    expect(compareVersions('0.1.0', '0.1.0')).toBe(0);
    expect(compareVersions('0.1.0-beta', '0.1')).toBe(0);
    expect(compareVersions('1.0.0', '1.0.1')).toBe(-1);
  });

  it('puts every table after the tables it references, and names a cycle', () => {
    const order = insertOrder([
      { name: 'awards', references: ['decisions', 'individuals'] },
      { name: 'individuals', references: ['units'] },
      { name: 'units', references: [] },
      { name: 'decisions', references: [] },
    ]);
    expect(order.indexOf('units')).toBeLessThan(order.indexOf('individuals'));
    expect(order.indexOf('individuals')).toBeLessThan(order.indexOf('awards'));
    expect(order.indexOf('decisions')).toBeLessThan(order.indexOf('awards'));
    expect(() => insertOrder([{ name: 'a', references: ['b'] }, { name: 'b', references: ['a'] }])).toThrow(/vòng tròn: a, b/);
  });
});
