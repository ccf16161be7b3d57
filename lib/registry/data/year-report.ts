import 'server-only';
// The year's figures of the registry, from its records (in-force decisions, the award's
// year): per authority (who confers the honour), level, kind and honour, collectives and
// individuals, with women and leaders among the individuals. The staff report counts
// everyone; the public data story leaves out people who did not consent to publication,
// as every public figure does.
import { cacheLife, cacheTag } from 'next/cache';
import { db, reader } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AwardLevel, CommendationKind } from '@/lib/generated/prisma/enums';
import { tags } from '@/lib/platform/cache-tags';
import { positionGroup } from '@/lib/registry/positions';
import { LEVELS } from '@/lib/registry/labels';
import { TOP_UNIT_JOIN } from '@/lib/registry/data/stats';

export type ReportCounts = { collectives: number; individuals: number; women: number; leaders: number; direct: number; unknownPosition: number };
export type ReportLine = ReportCounts & { authority: string; level: AwardLevel; kind: CommendationKind; typeName: string; rank: number };

type Raw = { authority: string; level: AwardLevel; kind: CommendationKind; type_name: string; rank: number; position: string | null; female: boolean; is_person: boolean; n: bigint };

const zero = (): ReportCounts => ({ collectives: 0, individuals: 0, women: 0, leaders: 0, direct: 0, unknownPosition: 0 });

export function addCounts(into: ReportCounts, from: ReportCounts): ReportCounts {
  for (const key of Object.keys(into) as (keyof ReportCounts)[]) into[key] += from[key];
  return into;
}

async function readLines(client: typeof db, year: number, onlyPublic: boolean): Promise<ReportLine[]> {
  const rows = await client.$queryRaw<Raw[]>`
    SELECT t.authority, t.level, t.kind, t.name AS type_name, t.rank, i.position, (i.gender = 'FEMALE') IS TRUE AS female,
           a.individual_id IS NOT NULL AS is_person, count(*) AS n
      FROM awards a
      JOIN decisions d ON d.id = a.decision_id AND d.status = 'IN_FORCE'
      JOIN commendation_types t ON t.id = a.type_id
      LEFT JOIN individuals i ON i.id = a.individual_id
     WHERE a.year = ${year} ${onlyPublic ? Prisma.sql`AND (a.individual_id IS NULL OR i.publication_consent)` : Prisma.empty}
     GROUP BY t.authority, t.level, t.kind, t.name, t.rank, i.position, female, is_person`;
  const lines = new Map<string, ReportLine>();
  for (const r of rows) {
    const key = `${r.authority}\u0000${r.type_name}`;
    const line = lines.get(key) ?? { authority: r.authority, level: r.level, kind: r.kind, typeName: r.type_name, rank: r.rank, ...zero() };
    const n = Number(r.n);
    if (!r.is_person) line.collectives += n;
    else {
      line.individuals += n;
      if (r.female) line.women += n;
      const group = positionGroup(r.position);
      if (group === 'LEADER') line.leaders += n;
      else if (group === 'DIRECT') line.direct += n;
      else line.unknownPosition += n;
    }
    lines.set(key, line);
  }
  return [...lines.values()].sort((a, b) => a.authority.localeCompare(b.authority, 'vi') || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.kind.localeCompare(b.kind) || a.rank - b.rank);
}

/** The staff report of a year: every award, every person. */
export async function getYearReport(year: number) {
  const lines = await readLines(db, year, false);
  const total = lines.reduce((sum, l) => addCounts(sum, l), zero());
  return { year, lines, total };
}

export type YearReport = Awaited<ReturnType<typeof getYearReport>>;

/** The years that have awards (the report's and the data story's choices). */
export async function listAwardYears(): Promise<number[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const rows = await reader().$queryRaw<{ year: number }[]>`SELECT DISTINCT a.year FROM awards a JOIN decisions d ON d.id = a.decision_id AND d.status = 'IN_FORCE' ORDER BY a.year DESC`;
  return rows.map((r) => r.year);
}

/** The public data story of a year: shares by level, by unit, leaders and direct workers, women. */
export async function getYearStory(year: number) {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const lines = await readLines(reader(), year, true);
  const byLevel = LEVELS.map((level) => ({ level, ...lines.filter((l) => l.level === level).reduce((s, l) => addCounts(s, l), zero()) })).filter((r) => r.collectives + r.individuals > 0);
  const total = lines.reduce((s, l) => addCounts(s, l), zero());
  const byUnit = await reader().$queryRaw<{ key: string; label: string; collectives: bigint; individuals: bigint }[]>`
    SELECT tu.slug AS key, tu.name AS label, count(*) FILTER (WHERE a.individual_id IS NULL) AS collectives, count(*) FILTER (WHERE a.individual_id IS NOT NULL) AS individuals
      FROM awards a
      JOIN decisions d ON d.id = a.decision_id AND d.status = 'IN_FORCE'
      LEFT JOIN individuals i ON i.id = a.individual_id
      LEFT JOIN collectives c ON c.id = a.collective_id
      ${TOP_UNIT_JOIN}
     WHERE a.year = ${year} AND (a.individual_id IS NULL OR i.publication_consent)
     GROUP BY tu.slug, tu.name ORDER BY count(*) DESC, tu.name LIMIT 15`;
  const recordedGender = await reader().$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM awards a JOIN decisions d ON d.id = a.decision_id AND d.status = 'IN_FORCE' JOIN individuals i ON i.id = a.individual_id
     WHERE a.year = ${year} AND i.publication_consent AND i.gender IS NOT NULL`;
  return {
    year,
    total,
    byLevel,
    byUnit: byUnit.map((u) => ({ key: u.key, label: u.label, collectives: Number(u.collectives), individuals: Number(u.individuals) })),
    genderRecorded: Number(recordedGender[0]?.n ?? 0),
  };
}
