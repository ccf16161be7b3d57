import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/platform/cache-tags';
import { reader } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { beginsIndexedWords, beginsWords } from '@/lib/db/word-match';
import type { AwardLevel, IssuingSystem, RecipientKind } from '@/lib/generated/prisma/enums';
import { AWARD_MAX_PAGE, AWARD_PAGE_SIZE, type AwardFilters, type AwardSort } from '@/lib/registry/schemas/filters';

// One filtered list of awards serves the search page, the unit, type and decision pages,
// the CSV/XLSX exports and the JSON API, so they always show the same rows.
//
// Public rule (README, "Publication consent"): a person who did not consent to publication
// is left out of every list, and of every count made from a list's filters; otherwise
// narrowing the filters (one unit, one year, one type) would single them out.
// Revoked decisions stay visible but their awards count nowhere, except on the decision's
// own list, where they are shown marked.

export interface AwardRowDto {
  id: string;
  year: number;
  achievement: string | null;
  streakNote: string | null;
  recipient: {
    kind: RecipientKind;
    name: string;
    slug: string;
    position: string | null;
    unitName: string | null;
    unitSlug: string | null;
  };
  type: { name: string; slug: string; level: AwardLevel; issuingSystem: IssuingSystem };
  decision: { number: string; slug: string; signedAt: Date; issuingAuthority: string; revoked: boolean };
}

export interface AwardPageDto {
  rows: AwardRowDto[];
  total: number;
  page: number;
  pageCount: number;
}

interface AwardRow {
  id: string;
  year: number;
  achievement: string | null;
  streak_note: string | null;
  recipient_kind: RecipientKind;
  recipient_name: string;
  recipient_slug: string;
  recipient_position: string | null;
  unit_name: string | null;
  unit_slug: string | null;
  type_name: string;
  type_slug: string;
  type_level: AwardLevel;
  type_system: IssuingSystem;
  decision_number: string;
  decision_slug: string;
  decision_signed_at: Date;
  decision_authority: string;
  decision_status: 'IN_FORCE' | 'REVOKED';
}

const FROM = Prisma.sql`
  FROM awards a
  JOIN decisions d ON d.id = a.decision_id
  JOIN commendation_types t ON t.id = a.type_id
  LEFT JOIN units ru ON ru.id = a.unit_id
  LEFT JOIN collectives c ON c.id = a.collective_id
  LEFT JOIN individuals i ON i.id = a.individual_id
  LEFT JOIN units hu ON hu.id = coalesce(c.unit_id, i.unit_id, ru.parent_id)`;

/** `WITH` clause and `WHERE` conditions for the filters (bound parameters only). */
export function awardWhere(f: Omit<AwardFilters, 'sort' | 'page'>): { with: Prisma.Sql; where: Prisma.Sql; byName: boolean; withAlso: (cte: Prisma.Sql) => Prisma.Sql } {
  const conditions: Prisma.Sql[] = [Prisma.sql`(a.individual_id IS NULL OR i.publication_consent)`];
  // A decision's own list shows its recipients even when it was revoked (marked).
  if (!f.decision) conditions.push(Prisma.sql`d.status = 'IN_FORCE'`);
  // Common table expressions, in one WITH list.
  const ctes: Prisma.Sql[] = [];
  if (f.unit) {
    // The unit by its slug, or by the slug of a unit merged into it before units kept
    // their pages (old links keep working).
    const unitBySlug = Prisma.sql`SELECT id FROM (SELECT id FROM units WHERE slug = ${f.unit} UNION SELECT unit_id FROM unit_slugs WHERE slug = ${f.unit}) AS by_slug`;
    ctes.push(Prisma.sql`unit_scope(id) AS MATERIALIZED (${unitBySlug})`);
    if (!f.subunits) {
      // An award belongs to the unit its recipient was in on the decision's date.
      conditions.push(Prisma.sql`a.holder_unit_id IN (SELECT id FROM unit_scope)`);
    } else {
      // Every unit below it, and when (unit_closure): on the chosen day, or on each award's own date.
      ctes.push(Prisma.sql`scope_links(descendant_id, valid_from, valid_to) AS MATERIALIZED (
        SELECT descendant_id, valid_from, valid_to FROM unit_closure WHERE ancestor_id IN (SELECT id FROM unit_scope))`);
      const on = f.structureOn ? Prisma.sql`${f.structureOn}::date` : Prisma.sql`d.signed_at`;
      conditions.push(
        Prisma.sql`EXISTS (SELECT 1 FROM scope_links s WHERE s.descendant_id = a.holder_unit_id
          AND (s.valid_from IS NULL OR s.valid_from <= ${on}) AND (s.valid_to IS NULL OR s.valid_to > ${on}))`,
      );
    }
  }
  const { terms } = f;
  // Search text with no letter or digit in it (punctuation, an emoji) matches nothing, as in
  // the news search: it is not read as "no search text" (which would list every award).
  if (f.q !== '' && terms.length === 0) conditions.push(Prisma.sql`FALSE`);
  if (terms.length > 0) {
    // Every word must begin a word of one field: the recipient's name (or position) or the
    // decision number ("anh" finds "Ánh", not "Thanh"). Names are found through their
    // word indexes; a decision's number after its search text's trigram index.
    const matches = (column: Prisma.Sql) => beginsWords(column, terms);
    const matchesIndexed = (column: Prisma.Sql) => beginsIndexedWords(column, terms);
    // The awards of each kind of match, found through the awards' recipient and decision
    // indexes, as one list of ids: an OR of the four tests made PostgreSQL check every
    // award row against all of them (seconds over 200,000 awards). A decision's number is
    // matched after its indexed search text (which contains the number) narrows it down.
    // MATERIALIZED: the list is computed once. Inlined, a planner that expects one row
    // (tables not yet analyzed, as after a bulk load) joins it as a nested loop and runs
    // the four index lookups again for every candidate award (200 ms on the demo data
    // instead of 1 ms).
    ctes.push(Prisma.sql`name_match(id) AS MATERIALIZED (
      SELECT m.id FROM awards m WHERE m.individual_id IN (SELECT id FROM individuals WHERE ${matchesIndexed(Prisma.sql`search_text`)})
      UNION ALL SELECT m.id FROM awards m WHERE m.collective_id IN (SELECT id FROM collectives WHERE ${matchesIndexed(Prisma.sql`search_text`)})
      UNION ALL SELECT m.id FROM awards m WHERE m.unit_id IN (SELECT id FROM units WHERE ${matchesIndexed(Prisma.sql`search_text`)})
      UNION ALL SELECT m.id FROM awards m WHERE m.decision_id IN (
        SELECT id FROM decisions WHERE ${matches(Prisma.sql`search_text`)} AND ${matches(Prisma.sql`lower(bv_unaccent(number))`)}))`);
    conditions.push(Prisma.sql`a.id IN (SELECT id FROM name_match)`);
  }
  if (f.yearFrom) conditions.push(Prisma.sql`a.year >= ${f.yearFrom}`);
  if (f.yearTo) conditions.push(Prisma.sql`a.year <= ${f.yearTo}`);
  if (f.type) conditions.push(Prisma.sql`t.slug = ${f.type}`);
  if (f.level) conditions.push(Prisma.sql`t.level = ${f.level}::"AwardLevel"`);
  if (f.system) conditions.push(Prisma.sql`t.issuing_system = ${f.system}::"IssuingSystem"`);
  if (f.kind === 'UNIT') conditions.push(Prisma.sql`a.unit_id IS NOT NULL`);
  if (f.kind === 'COLLECTIVE') conditions.push(Prisma.sql`a.collective_id IS NOT NULL`);
  if (f.kind === 'INDIVIDUAL') conditions.push(Prisma.sql`a.individual_id IS NOT NULL`);
  if (f.campaign) conditions.push(Prisma.sql`d.campaign_id = (SELECT id FROM campaigns WHERE slug = ${f.campaign})`);
  if (f.decision) conditions.push(Prisma.sql`d.slug = ${f.decision}`);
  const withList = (list: Prisma.Sql[]) => (list.length ? Prisma.sql`WITH ${Prisma.join(list, ', ')}` : Prisma.empty);
  return {
    with: withList(ctes),
    where: Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}`,
    byName: terms.length > 0,
    /** The same WITH list with one more expression after the filters' own. */
    withAlso: (cte) => withList([...ctes, cte]),
  };
}

const ORDER: Record<AwardSort, Prisma.Sql> = {
  'moi-nhat': Prisma.sql`a.year DESC, d.signed_at DESC, d.id, a.position, a.id`,
  'cu-nhat': Prisma.sql`a.year, d.signed_at, d.id, a.position, a.id`,
  ten: Prisma.sql`lower(bv_unaccent(coalesce(ru.name, c.name, i.full_name))), a.year DESC, a.id`,
  'danh-hieu': Prisma.sql`t.rank, a.year DESC, d.signed_at DESC, a.position, a.id`,
};

const COLUMNS = Prisma.sql`a.id, a.year, a.achievement, a.streak_note,
      CASE WHEN a.unit_id IS NOT NULL THEN 'UNIT' WHEN a.collective_id IS NOT NULL THEN 'COLLECTIVE' ELSE 'INDIVIDUAL' END AS recipient_kind,
      coalesce(ru.name, c.name, i.full_name) AS recipient_name,
      coalesce(ru.slug, c.slug, i.slug) AS recipient_slug,
      i.position AS recipient_position,
      hu.name AS unit_name, hu.slug AS unit_slug,
      t.name AS type_name, t.slug AS type_slug, t.level::text AS type_level, t.issuing_system::text AS type_system,
      d.number AS decision_number, d.slug AS decision_slug, d.signed_at AS decision_signed_at,
      d.issuing_authority AS decision_authority, d.status::text AS decision_status`;

type FilteredAwards = ReturnType<typeof awardWhere>;

function selectAwards(f: AwardFilters, { with: withClause, where }: FilteredAwards, limit: number, offset: number): Prisma.Sql {
  return Prisma.sql`${withClause}
    SELECT ${COLUMNS}
    ${FROM}
    ${where}
    ORDER BY ${ORDER[f.sort]}
    LIMIT ${limit} OFFSET ${offset}`;
}

function toDto(r: AwardRow): AwardRowDto {
  return {
    id: r.id,
    year: r.year,
    achievement: r.achievement,
    streakNote: r.streak_note,
    recipient: {
      kind: r.recipient_kind,
      name: r.recipient_name,
      slug: r.recipient_slug,
      position: r.recipient_position,
      unitName: r.unit_name,
      unitSlug: r.unit_slug,
    },
    type: { name: r.type_name, slug: r.type_slug, level: r.type_level, issuingSystem: r.type_system },
    decision: {
      number: r.decision_number,
      slug: r.decision_slug,
      signedAt: r.decision_signed_at,
      issuingAuthority: r.decision_authority,
      revoked: r.decision_status === 'REVOKED',
    },
  };
}

export async function countAwards(f: Omit<AwardFilters, 'sort' | 'page'>): Promise<number> {
  return countFiltered(awardWhere(f));
}

async function countFiltered({ with: withClause, where }: FilteredAwards): Promise<number> {
  const [row] = await reader().$queryRaw<{ n: bigint }[]>`${withClause} SELECT count(*) AS n ${FROM} ${where}`;
  return Number(row?.n ?? 0);
}

/**
 * One page of a list filtered by name, with its total in the same statement: the awards
 * that pass every filter are listed once (`hits`), then counted and paged. Two statements
 * (page, count) each planned the eight-table join and each looked the name up again: on
 * 200,000 awards about 75 ms of database time per page against about 50 ms for this one.
 * A name keeps `hits` to that name's awards.
 */
function selectAwardsWithTotal(f: AwardFilters, { withAlso, where }: FilteredAwards, limit: number, offset: number): Prisma.Sql {
  return Prisma.sql`${withAlso(Prisma.sql`hits(id) AS MATERIALIZED (SELECT a.id ${FROM} ${where})`)}
    SELECT ${COLUMNS}, (SELECT count(*) FROM hits) AS total
    ${FROM}
    WHERE a.id IN (SELECT id FROM hits)
    ORDER BY ${ORDER[f.sort]}
    LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * One page of the filtered list and its total, in a fixed number of queries whatever the
 * page size: one when a name is given, else two (page and count, side by side; without a
 * name the list may hold every award, and a count needs no sort).
 */
export async function getAwardPage(f: AwardFilters, pageSize: number = AWARD_PAGE_SIZE): Promise<AwardPageDto> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const offset = (f.page - 1) * pageSize;
  let rows: AwardRow[];
  let total: number;
  const filtered = awardWhere(f);
  if (f.page > AWARD_MAX_PAGE) {
    // Deeper than any page served: nothing to read but the total (an OFFSET that deep is a scan).
    [rows, total] = [[], await countFiltered(filtered)];
  } else if (filtered.byName) {
    const found = await reader().$queryRaw<(AwardRow & { total: bigint })[]>(selectAwardsWithTotal(f, filtered, pageSize, offset));
    rows = found;
    // A page past the end has no row to carry the total: only then is it counted apart.
    total = found.length > 0 ? Number(found[0]!.total) : offset > 0 ? await countFiltered(filtered) : 0;
  } else {
    [rows, total] = await Promise.all([reader().$queryRaw<AwardRow[]>(selectAwards(f, filtered, pageSize, offset)), countFiltered(filtered)]);
  }
  return { rows: rows.map(toDto), total, page: f.page, pageCount: Math.ceil(total / pageSize) };
}

export const EXPORT_MAX_ROWS = 200_000;
const EXPORT_BATCH = 5_000;

/**
 * Every row of the filtered list, in batches, for the CSV/XLSX exports (not cached: an
 * export may be far larger than a cache entry). Callers check `countAwards` first.
 */
export async function* streamAwards(f: AwardFilters): AsyncGenerator<AwardRowDto[]> {
  const filtered = awardWhere(f);
  for (let offset = 0; offset < EXPORT_MAX_ROWS; offset += EXPORT_BATCH) {
    const rows = await reader().$queryRaw<AwardRow[]>(selectAwards(f, filtered, EXPORT_BATCH, offset));
    if (rows.length > 0) yield rows.map(toDto);
    if (rows.length < EXPORT_BATCH) return;
  }
}

export interface YearSummaryDto {
  year: number;
  units: number;
  collectives: number;
  individuals: number;
}

/** Awards per year and recipient kind for the same filters (one query). */
export async function getAwardYearSummary(f: Omit<AwardFilters, 'sort' | 'page'>): Promise<YearSummaryDto[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const { with: withClause, where } = awardWhere(f);
  const rows = await reader().$queryRaw<{ year: number; units: bigint; collectives: bigint; individuals: bigint }[]>`${withClause}
    SELECT a.year,
      count(*) FILTER (WHERE a.unit_id IS NOT NULL) AS units,
      count(*) FILTER (WHERE a.collective_id IS NOT NULL) AS collectives,
      count(*) FILTER (WHERE a.individual_id IS NOT NULL) AS individuals
    ${FROM} ${where}
    GROUP BY a.year ORDER BY a.year DESC`;
  return rows.map((r) => ({ year: r.year, units: Number(r.units), collectives: Number(r.collectives), individuals: Number(r.individuals) }));
}
