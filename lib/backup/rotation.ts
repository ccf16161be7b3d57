// Which backups to keep: the newest of each of the last N days that have one, and the
// newest of each of the last M months that have one (the usual "grandfather-father-son"
// rotation). A backup kept by either rule stays; the rest are removed.

export interface RotationPolicy {
  daily: number;
  monthly: number;
}

export interface Dated {
  name: string;
  createdAt: Date;
}

export function backupsToKeep<T extends Dated>(backups: T[], policy: RotationPolicy): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.name.localeCompare(a.name));
  const keep = new Set<string>();
  const pick = (period: (d: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      if (seen.size >= count) break;
      const key = period(backup.createdAt);
      if (seen.has(key)) continue;
      seen.add(key);
      keep.add(backup.name);
    }
  };
  // Days and months of the site's own calendar (UTC+7), not the server's.
  const local = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString();
  pick((d) => local(d).slice(0, 10), policy.daily);
  pick((d) => local(d).slice(0, 7), policy.monthly);
  return keep;
}
