// Evaluates a proposed recipient against the rules of a commendation type, from what the
// registry holds: awards from in-force decisions, recognised initiatives, a unit's people.
// Pure: lib/registry/data/eligibility.ts gathers the facts and the rules in force.
import type { AwardLevel } from '@/lib/generated/prisma/enums';
import { levelLabels } from '@/lib/registry/labels';
import type { Condition } from '@/lib/registry/schemas/eligibility';

export interface CandidateFacts {
  /** The year the achievement is for (năm thành tích). */
  year: number;
  /** Awards the candidate holds from in-force decisions. */
  awards: { code: string; year: number }[];
  initiatives: { year: number; level: AwardLevel }[];
  /** For a unit: its people, and how many of them hold each code in `year`. */
  members?: { total: number; holding: Record<string, number> };
}

export interface RuleInForce {
  statement: string;
  condition: Condition;
  legalSource: string;
  article: string | null;
  confirmed: boolean;
}

export interface Finding {
  /** null: the records cannot tell (an assessment for the unit's council). */
  met: boolean | null;
  text: string;
}

export interface RuleResult {
  rule: RuleInForce;
  met: boolean | null;
  findings: Finding[];
}

export type Verdict = 'eligible' | 'not_eligible' | 'needs_assessment';

const LEVEL_ORDER: Record<AwardLevel, number> = { GRASSROOTS: 0, DISTRICT: 1, PROVINCIAL: 2, CENTRAL: 3 };

function yearsText(from: number, to: number) {
  return from === to ? `năm ${to}` : `${from}–${to}`;
}

/** Three-valued AND/OR: false wins an AND, true wins an OR; otherwise unknown. */
function combine(kind: 'all' | 'any', values: (boolean | null)[]): boolean | null {
  if (kind === 'all') return values.includes(false) ? false : values.includes(null) ? null : true;
  return values.includes(true) ? true : values.includes(null) ? null : false;
}

function check(condition: Condition, facts: CandidateFacts, names: (code: string) => string, out: Finding[]): boolean | null {
  switch (condition.kind) {
    case 'all':
    case 'any':
      return combine(condition.kind, condition.of.map((c) => check(c, facts, names, out)));
    case 'title': {
      const from = facts.year - condition.years + 1;
      const held = new Set(facts.awards.filter((a) => a.code === condition.code).map((a) => a.year));
      const missing: number[] = [];
      for (let y = from; y <= facts.year; y++) if (!held.has(y)) missing.push(y);
      const what = condition.years > 1 ? `${condition.years} năm liền ${names(condition.code)} (${yearsText(from, facts.year)})` : `${names(condition.code)} ${yearsText(from, facts.year)}`;
      out.push(missing.length === 0 ? { met: true, text: `Có ${what}.` } : { met: false, text: `Cần ${what}; chưa có năm ${missing.join(', ')}.` });
      return missing.length === 0;
    }
    case 'count': {
      const from = facts.year - condition.withinYears + 1;
      const years = [...new Set(facts.awards.filter((a) => a.code === condition.code && a.year >= from && a.year <= facts.year).map((a) => a.year))].sort();
      const met = years.length >= condition.times;
      const what = `${condition.times} lần ${names(condition.code)} trong ${yearsText(from, facts.year)}`;
      out.push({ met, text: met ? `Có ${what} (${years.join(', ')}).` : `Cần ${what}; có ${years.length}${years.length ? ` (${years.join(', ')})` : ''}.` });
      return met;
    }
    case 'initiative': {
      const from = facts.year - condition.withinYears + 1;
      const found = facts.initiatives.filter((i) => i.year >= from && i.year <= facts.year && LEVEL_ORDER[i.level] >= LEVEL_ORDER[condition.minLevel]);
      const what = `sáng kiến được công nhận từ ${levelLabels[condition.minLevel].toLowerCase()} trở lên (${yearsText(from, facts.year)})`;
      out.push(found.length > 0 ? { met: true, text: `Có ${what}.` } : { met: false, text: `Cần ${what}; chưa có trong sổ.` });
      return found.length > 0;
    }
    case 'memberShare': {
      if (!facts.members || facts.members.total === 0) {
        out.push({ met: null, text: `Chưa xác định được số người của tập thể để tính tỷ lệ ${names(condition.code)}.` });
        return null;
      }
      const holding = facts.members.holding[condition.code] ?? 0;
      const share = holding / facts.members.total;
      const percent = (v: number) => `${(v * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
      const met = share > condition.moreThan;
      out.push({ met, text: `${holding}/${facts.members.total} người (${percent(share)}) đạt ${names(condition.code)} năm ${facts.year}; cần trên ${percent(condition.moreThan)}.` });
      return met;
    }
    case 'quota':
      // Checked over a unit's whole proposal (quotaOverrun), not row by row.
      return true;
    case 'assessment':
      out.push({ met: null, text: `Cần đơn vị thẩm định: ${condition.text}` });
      return null;
  }
}

/** Every rule of the type in force, evaluated; the verdict is the conjunction of the rules. */
export function evaluateCandidate(rules: RuleInForce[], facts: CandidateFacts, names: (code: string) => string): { verdict: Verdict; results: RuleResult[] } {
  const results = rules.map((rule) => {
    const findings: Finding[] = [];
    const met = check(rule.condition, facts, names, findings);
    return { rule, met, findings };
  });
  const overall = combine('all', results.map((r) => r.met));
  return { verdict: overall === true ? 'eligible' : overall === false ? 'not_eligible' : 'needs_assessment', results };
}

/** The quotas of the rules, for a unit proposing `proposed` people: those it exceeds. */
export function quotaOverruns(rules: RuleInForce[], proposed: number, holding: (code: string) => number, names: (code: string) => string): { rule: RuleInForce; text: string }[] {
  const overruns: { rule: RuleInForce; text: string }[] = [];
  const visit = (rule: RuleInForce, condition: Condition) => {
    if (condition.kind === 'all' || condition.kind === 'any') return condition.of.forEach((c) => visit(rule, c));
    if (condition.kind !== 'quota') return;
    const base = holding(condition.ofCode);
    const allowed = Math.floor(base * condition.share);
    if (proposed > allowed) {
      overruns.push({ rule, text: `Đề nghị ${proposed} người, vượt tỷ lệ ${(condition.share * 100).toLocaleString('vi-VN')}% của ${base} người đạt ${names(condition.ofCode)} (tối đa ${allowed}).` });
    }
  };
  for (const rule of rules) visit(rule, rule.condition);
  return overruns;
}

/** "Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 23" — and what is not yet confirmed. */
export function citation(rule: Pick<RuleInForce, 'legalSource' | 'article'>): string {
  return rule.article ? `${rule.legalSource}, ${rule.article}` : rule.legalSource;
}
