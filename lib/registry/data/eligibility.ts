import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { db, reader } from '@/lib/db';
import { tags } from '@/lib/platform/cache-tags';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AwardLevel, RuleConfirmation } from '@/lib/generated/prisma/enums';
import { evaluateCandidate, quotaOverruns, type CandidateFacts, type RuleInForce, type Verdict, type RuleResult } from '@/lib/registry/eligibility';
import { conditionSchema, type Condition } from '@/lib/registry/schemas/eligibility';

// The eligibility rules as stored (every version), the rules in force on a date, and the
// facts a candidate's evaluation needs, read from the registry.

export interface RuleVersionDto {
  id: string;
  ruleKey: string;
  version: number;
  typeCode: string;
  typeName: string;
  statement: string;
  condition: Condition;
  legalSource: string;
  article: string | null;
  effectiveFrom: Date;
  effectiveTo: Date | null;
  confirmation: RuleConfirmation;
  note: string | null;
  withdrawn: boolean;
  createdByName: string | null;
  createdAt: Date;
}

const ruleSelect = {
  id: true,
  ruleKey: true,
  version: true,
  statement: true,
  condition: true,
  legalSource: true,
  article: true,
  effectiveFrom: true,
  effectiveTo: true,
  confirmation: true,
  note: true,
  withdrawn: true,
  createdAt: true,
  type: { select: { code: true, name: true, rank: true } },
  createdBy: { select: { name: true } },
} as const;

type RuleRow = Prisma.EligibilityRuleGetPayload<{ select: typeof ruleSelect }>;

function toDto(row: RuleRow): RuleVersionDto {
  return {
    id: row.id,
    ruleKey: row.ruleKey,
    version: row.version,
    typeCode: row.type.code,
    typeName: row.type.name,
    statement: row.statement,
    // Stored rules were parsed when written; a row that no longer parses is a bug worth a loud error.
    condition: conditionSchema.parse(row.condition),
    legalSource: row.legalSource,
    article: row.article,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    confirmation: row.confirmation,
    note: row.note,
    withdrawn: row.withdrawn,
    createdByName: row.createdBy?.name ?? null,
    createdAt: row.createdAt,
  };
}

/** Every version of every rule, grouped by rule (newest version first), types in catalogue order. */
export async function listRuleVersions(): Promise<RuleVersionDto[][]> {
  const rows = await db.eligibilityRule.findMany({ select: ruleSelect, orderBy: [{ type: { rank: 'asc' } }, { ruleKey: 'asc' }, { version: 'desc' }] });
  const groups = new Map<string, RuleVersionDto[]>();
  for (const row of rows) {
    const dto = toDto(row);
    groups.set(dto.ruleKey, [...(groups.get(dto.ruleKey) ?? []), dto]);
  }
  return [...groups.values()];
}

export async function getRuleVersions(ruleKey: string): Promise<RuleVersionDto[]> {
  const rows = await db.eligibilityRule.findMany({ where: { ruleKey }, select: ruleSelect, orderBy: { version: 'desc' } });
  return rows.map(toDto);
}

/** Whether `on` falls in a version's effective dates (both ends inclusive). */
export function inForce(rule: { effectiveFrom: Date; effectiveTo: Date | null }, on: Date): boolean {
  const day = on.toISOString().slice(0, 10);
  return rule.effectiveFrom.toISOString().slice(0, 10) <= day && (!rule.effectiveTo || rule.effectiveTo.toISOString().slice(0, 10) >= day);
}

/**
 * The rules of a commendation type in force on `on`: for each rule, its newest version
 * whose dates include the day (a later version shadows an earlier one from its own date
 * on); a rule whose version in force is a withdrawal is not applied.
 */
export function selectInForce(versions: RuleVersionDto[], on: Date): RuleVersionDto[] {
  const byKey = new Map<string, RuleVersionDto>();
  for (const v of versions) {
    if (!inForce(v, on)) continue;
    const current = byKey.get(v.ruleKey);
    if (!current || v.version > current.version) byKey.set(v.ruleKey, v);
  }
  return [...byKey.values()].filter((v) => !v.withdrawn).sort((a, b) => a.ruleKey.localeCompare(b.ruleKey));
}

export async function rulesInForce(typeCode: string, on: Date, client: Pick<typeof db, 'eligibilityRule'> = db): Promise<RuleVersionDto[]> {
  const rows = await client.eligibilityRule.findMany({ where: { type: { code: typeCode } }, select: ruleSelect });
  return selectInForce(rows.map(toDto), on);
}

const asRule = (v: RuleVersionDto): RuleInForce => ({ statement: v.statement, condition: v.condition, legalSource: v.legalSource, article: v.article, confirmed: v.confirmation === 'CONFIRMED' });

async function typeNames(): Promise<(code: string) => string> {
  const types = await db.commendationType.findMany({ select: { code: true, name: true } });
  const names = new Map(types.map((t) => [t.code, t.name]));
  return (code) => names.get(code) ?? code;
}

export type Candidate = { kind: 'INDIVIDUAL'; id: string } | { kind: 'UNIT'; id: string } | { kind: 'COLLECTIVE'; id: string };

interface HeldAward {
  code: string;
  year: number;
  decisionNumber: string;
}

/**
 * The facts of many candidates in a fixed number of queries: their awards from in-force
 * decisions and their initiatives, read once for all; a unit's people counted per unit.
 */
async function candidatesFacts(candidates: Candidate[], year: number): Promise<Map<string, CandidateFacts & { held: HeldAward[] }>> {
  const ids = (kind: Candidate['kind']) => [...new Set(candidates.filter((c) => c.kind === kind).map((c) => c.id))];
  const [people, collectives, units] = [ids('INDIVIDUAL'), ids('COLLECTIVE'), ids('UNIT')];
  const [awards, initiatives, members] = await Promise.all([
    candidates.length
      ? db.award.findMany({
          where: { decision: { status: 'IN_FORCE' }, OR: [{ individualId: { in: people } }, { collectiveId: { in: collectives } }, { unitId: { in: units } }] },
          select: { individualId: true, collectiveId: true, unitId: true, year: true, type: { select: { code: true } }, decision: { select: { number: true } } },
        })
      : [],
    people.length ? db.initiative.findMany({ where: { individualId: { in: people } }, select: { individualId: true, year: true, level: true } }) : [],
    Promise.all(
      units.map(async (id) => {
        const [total, holding] = await Promise.all([
          db.individual.count({ where: { unitId: id } }),
          db.$queryRaw<{ code: string; n: bigint }[]>`
            SELECT t.code, count(DISTINCT a.individual_id) AS n FROM awards a
            JOIN individuals i ON i.id = a.individual_id JOIN commendation_types t ON t.id = a.type_id
            JOIN decisions d ON d.id = a.decision_id
            WHERE i.unit_id = ${id} AND a.year = ${year} AND d.status = 'IN_FORCE'
            GROUP BY t.code`,
        ]);
        return [id, { total, holding: Object.fromEntries(holding.map((h) => [h.code, Number(h.n)])) }] as const;
      }),
    ),
  ]);
  const membersOf = new Map(members);
  const out = new Map<string, CandidateFacts & { held: HeldAward[] }>();
  for (const c of candidates) {
    const key = `${c.kind}:${c.id}`;
    if (out.has(key)) continue;
    const own = awards.filter((a) => (c.kind === 'INDIVIDUAL' ? a.individualId : c.kind === 'COLLECTIVE' ? a.collectiveId : a.unitId) === c.id);
    const held = own.map((a) => ({ code: a.type.code, year: a.year, decisionNumber: a.decision.number }));
    out.set(key, {
      year,
      awards: held.map(({ code, year: y }) => ({ code, year: y })),
      initiatives: c.kind === 'INDIVIDUAL' ? initiatives.filter((i) => i.individualId === c.id).map(({ year: y, level }) => ({ year: y, level })) : [],
      members: c.kind === 'UNIT' ? membersOf.get(c.id) : undefined,
      held,
    });
  }
  return out;
}

export interface CandidateEvaluation {
  verdict: Verdict;
  results: (Omit<RuleResult, 'rule'> & { rule: RuleVersionDto })[];
  /** The same honour for the same year already given (one achievement, one award). */
  alreadyHonoured: { decisionNumber: string; year: number } | null;
  /** No rule of this type is in force on the date: nothing could be checked. */
  noRules: boolean;
}

/** Evaluates one proposed recipient of `typeCode` for achievement year `year`, under the rules in force on `on`. */
export async function evaluateNominee(typeCode: string, candidate: Candidate, year: number, on: Date): Promise<CandidateEvaluation> {
  const [evaluation] = await evaluateNominees([{ typeCode, candidate }], year, on);
  return evaluation!;
}

/**
 * Evaluates many proposed recipients at once (a dossier's rows): the rules of each type and
 * the catalogue's names are read once. A candidate of `null` is someone not yet in the
 * registry (a new person or collective): no award, no initiative on record.
 */
export async function evaluateNominees(items: { typeCode: string; candidate: Candidate | null }[], year: number, on: Date): Promise<CandidateEvaluation[]> {
  const codes = [...new Set(items.map((i) => i.typeCode))];
  const candidates = items.flatMap((i) => (i.candidate ? [i.candidate] : []));
  const [ruleSets, names, facts] = await Promise.all([Promise.all(codes.map((c) => rulesInForce(c, on))), typeNames(), candidatesFacts(candidates, year)]);
  const rulesByCode = new Map(codes.map((c, i) => [c, ruleSets[i]!]));
  return items.map(({ typeCode, candidate }) => {
    const versions = rulesByCode.get(typeCode)!;
    const known = candidate ? facts.get(`${candidate.kind}:${candidate.id}`)! : null;
    const { verdict, results } = evaluateCandidate(versions.map(asRule), known ?? { year, awards: [], initiatives: [] }, names);
    const previous = known?.held.find((a) => a.code === typeCode && a.year === year);
    return {
      verdict: previous ? 'not_eligible' : verdict,
      results: results.map((r, i) => ({ ...r, rule: versions[i]! })),
      alreadyHonoured: previous ? { decisionNumber: previous.decisionNumber, year } : null,
      noRules: versions.length === 0,
    };
  });
}

/** A unit's proposal of `proposed` people for `typeCode`: the quotas of the rules in force it exceeds. */
export async function unitQuotaOverruns(typeCode: string, unitId: string, proposed: number, year: number, on: Date) {
  const [versions, facts, names] = await Promise.all([rulesInForce(typeCode, on), candidatesFacts([{ kind: 'UNIT', id: unitId }], year), typeNames()]);
  return quotaOverruns(versions.map(asRule), proposed, (code) => facts.get(`UNIT:${unitId}`)?.members?.holding[code] ?? 0, names);
}

/** The criteria a reader sees on a commendation type's page: the rules in force today. */
export async function getPublicRules(typeCode: string): Promise<RuleVersionDto[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  // Today in Vietnam (UTC+7): a rule in force from 1/7 shows from that morning.
  return rulesInForce(typeCode, new Date(Date.now() + 7 * 3600_000), reader());
}

export interface InitiativeDto {
  id: string;
  year: number;
  title: string;
  level: AwardLevel;
  recognizedBy: string;
  reference: string | null;
}

export async function listInitiatives(individualId: string): Promise<InitiativeDto[]> {
  return db.initiative.findMany({
    where: { individualId },
    orderBy: [{ year: 'desc' }, { createdAt: 'desc' }],
    select: { id: true, year: true, title: true, level: true, recognizedBy: true, reference: true },
  });
}

/** The titles that have rules, for the check form: code and name, in catalogue order. */
export async function listTypesWithRules(): Promise<{ code: string; name: string }[]> {
  return db.commendationType.findMany({ where: { rules: { some: {} } }, orderBy: { rank: 'asc' }, select: { code: true, name: true } });
}
