import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/platform/cache-tags';
import { reader } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AwardLevel } from '@/lib/generated/prisma/enums';
import { LEVELS, levelLabels } from '@/lib/registry/labels';
import { termOf, type Term } from '@/lib/registry/terms';

// Registry-wide figures. Like every public list, they count in-force awards only and
// leave out people who did not consent to publication (see registry-awards.ts).

const PUBLIC_FROM = Prisma.sql`
  FROM awards a
  JOIN decisions d ON d.id = a.decision_id AND d.status = 'IN_FORCE'
  JOIN commendation_types t ON t.id = a.type_id
  LEFT JOIN individuals i ON i.id = a.individual_id
  LEFT JOIN collectives c ON c.id = a.collective_id`;
const PUBLIC_WHERE = Prisma.sql`WHERE (a.individual_id IS NULL OR i.publication_consent)`;
const PUBLIC_AWARDS = Prisma.sql`${PUBLIC_FROM} ${PUBLIC_WHERE}`;
/**
 * Joins `tu`, the top-level unit (just below the root) that the award's holder belonged to
 * on the decision's date: through the structure as it was then (unit_closure, unit_periods),
 * so an award is counted once, under the unit it was given in, whatever merged since.
 * Needs `a` (awards) and `d` (decisions) in the query.
 */
export const TOP_UNIT_JOIN = Prisma.sql`
  JOIN unit_closure cl ON cl.descendant_id = a.holder_unit_id
    AND (cl.valid_from IS NULL OR cl.valid_from <= d.signed_at) AND (cl.valid_to IS NULL OR cl.valid_to > d.signed_at)
  JOIN unit_periods tp ON tp.unit_id = cl.ancestor_id
    AND (tp.valid_from IS NULL OR tp.valid_from <= d.signed_at) AND (tp.valid_to IS NULL OR tp.valid_to > d.signed_at)
    AND tp.parent_id IN (SELECT id FROM units WHERE parent_id IS NULL)
  JOIN units tu ON tu.id = tp.unit_id`;

export interface HeadlineFigures {
  /** Distinct units and collectives honoured. */
  collectives: number;
  individuals: number;
  decisions: number;
}

export interface RegistryOverviewDto {
  year: number;
  term: Term;
  /** `null` level: all levels together. */
  byLevel: { level: AwardLevel | null; year: HeadlineFigures; term: HeadlineFigures }[];
}

/**
 * Headline figures for the latest year that has records (not after this year) and its
 * term, per level and in all (two queries).
 */
export async function getRegistryOverview(): Promise<RegistryOverviewDto | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const thisYear = new Date().getUTCFullYear();
  const [latest] = await reader().$queryRaw<{ year: number | null }[]>`SELECT max(a.year) AS year ${PUBLIC_AWARDS} AND a.year <= ${thisYear}`;
  if (!latest?.year) return null;
  const year = latest.year;
  const term = termOf(year);
  const rows = await reader().$queryRaw<
    { level: AwardLevel | null; yc: bigint; yi: bigint; yd: bigint; tc: bigint; ti: bigint; td: bigint }[]
  >`
    SELECT t.level::text AS level,
      count(DISTINCT a.unit_id) FILTER (WHERE a.year = ${year}) + count(DISTINCT a.collective_id) FILTER (WHERE a.year = ${year}) AS yc,
      count(DISTINCT a.individual_id) FILTER (WHERE a.year = ${year}) AS yi,
      count(DISTINCT a.decision_id) FILTER (WHERE a.year = ${year}) AS yd,
      count(DISTINCT a.unit_id) + count(DISTINCT a.collective_id) AS tc,
      count(DISTINCT a.individual_id) AS ti,
      count(DISTINCT a.decision_id) AS td
    ${PUBLIC_AWARDS} AND a.year BETWEEN ${term.fromYear} AND ${term.toYear}
    GROUP BY ROLLUP (t.level)`;
  const figures = (c: bigint, i: bigint, d: bigint): HeadlineFigures => ({ collectives: Number(c), individuals: Number(i), decisions: Number(d) });
  const empty = figures(0n, 0n, 0n);
  const byLevel = [...LEVELS, null].map((level) => {
    const row = rows.find((r) => r.level === level);
    return { level, year: row ? figures(row.yc, row.yi, row.yd) : empty, term: row ? figures(row.tc, row.ti, row.td) : empty };
  });
  return { year, term, byLevel };
}

export interface StatRow {
  key: string;
  label: string;
  collectives: number;
  individuals: number;
}

export interface RegistryStatsDto {
  byYear: StatRow[];
  byType: StatRow[];
  byLevel: StatRow[];
  byUnit: StatRow[];
  total: number;
}

export const STATS_TOP = 15;

type CountRow = { key: string; label: string; collectives: bigint; individuals: bigint };
const toStat = (r: CountRow): StatRow => ({ key: r.key, label: r.label, collectives: Number(r.collectives), individuals: Number(r.individuals) });
const COUNTS = Prisma.sql`count(*) FILTER (WHERE a.individual_id IS NULL) AS collectives, count(*) FILTER (WHERE a.individual_id IS NOT NULL) AS individuals`;

/**
 * Awards (lượt khen thưởng) by year, type, level and top-level unit, the last rolled up
 * through the hierarchy as it was on each award's date: an award to a cell counts for the
 * committee above it then (four queries).
 */
export async function getRegistryStats(): Promise<RegistryStatsDto> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const [byYear, byType, byLevel, byUnit] = await Promise.all([
    reader().$queryRaw<CountRow[]>`SELECT a.year::text AS key, a.year::text AS label, ${COUNTS} ${PUBLIC_AWARDS} GROUP BY a.year ORDER BY a.year`,
    reader().$queryRaw<CountRow[]>`
      SELECT t.slug AS key, t.name AS label, ${COUNTS} ${PUBLIC_AWARDS}
      GROUP BY t.slug, t.name ORDER BY count(*) DESC, t.name LIMIT ${STATS_TOP}`,
    reader().$queryRaw<CountRow[]>`SELECT t.level::text AS key, t.level::text AS label, ${COUNTS} ${PUBLIC_AWARDS} GROUP BY t.level`,
    reader().$queryRaw<CountRow[]>`
      SELECT tu.slug AS key, tu.name AS label, ${COUNTS} ${PUBLIC_FROM}
      ${TOP_UNIT_JOIN}
      ${PUBLIC_WHERE}
      GROUP BY tu.slug, tu.name
      ORDER BY count(*) DESC, tu.name LIMIT ${STATS_TOP}`,
  ]);
  const levelRows = LEVELS.map((level) => byLevel.find((r) => r.key === level)).filter((r): r is CountRow => r !== undefined);
  const years = byYear.map(toStat);
  return {
    byYear: years,
    byType: byType.map(toStat),
    byLevel: levelRows.map((r) => ({ ...toStat(r), label: levelLabels[r.key as AwardLevel] })),
    byUnit: byUnit.map(toStat),
    total: years.reduce((sum, r) => sum + r.collectives + r.individuals, 0),
  };
}
