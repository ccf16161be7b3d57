// The eligibility engine: each condition kind against a candidate's records, three-valued
// verdicts (an assessment is neither met nor failed), quotas over a unit's proposal, and
// the condition language's parser.
import { describe, expect, it } from 'vitest';
import { citation, evaluateCandidate, quotaOverruns, type CandidateFacts, type RuleInForce } from '@/lib/registry/eligibility';
import { conditionSchema, ruleVersionSchema, type Condition } from '@/lib/registry/schemas/eligibility';

const names = (code: string) => ({ LDTT: 'Lao động tiên tiến', 'CSTD-CS': 'Chiến sĩ thi đua cơ sở', 'CSTD-T': 'Chiến sĩ thi đua cấp tỉnh' })[code] ?? code;
const rule = (condition: Condition): RuleInForce => ({ statement: 's', condition, legalSource: 'Luật Thi đua, khen thưởng số 06/2022/QH15', article: null, confirmed: false });
const facts = (over: Partial<CandidateFacts> = {}): CandidateFacts => ({ year: 2025, awards: [], initiatives: [], ...over });

const cstdcs = rule({ kind: 'all', of: [{ kind: 'title', code: 'LDTT', years: 1 }, { kind: 'initiative', minLevel: 'GRASSROOTS', withinYears: 1 }] });
const cstdt = rule({ kind: 'all', of: [{ kind: 'title', code: 'CSTD-CS', years: 3 }, { kind: 'initiative', minLevel: 'PROVINCIAL', withinYears: 3 }] });

describe('evaluateCandidate', () => {
  it('finds Chiến sĩ thi đua cơ sở eligible with the year\'s title and a recognised initiative', () => {
    const result = evaluateCandidate([cstdcs], facts({ awards: [{ code: 'LDTT', year: 2025 }], initiatives: [{ year: 2025, level: 'GRASSROOTS' }] }), names);
    expect(result.verdict).toBe('eligible');
    expect(result.results[0]!.findings.map((f) => f.met)).toEqual([true, true]);
  });

  it('names what is missing: the title of the year, an initiative of the level', () => {
    const noTitle = evaluateCandidate([cstdcs], facts({ awards: [{ code: 'LDTT', year: 2024 }], initiatives: [{ year: 2025, level: 'GRASSROOTS' }] }), names);
    expect(noTitle.verdict).toBe('not_eligible');
    expect(noTitle.results[0]!.findings[0]).toEqual({ met: false, text: 'Cần Lao động tiên tiến năm 2025; chưa có năm 2025.' });
    const lowInitiative = evaluateCandidate([cstdt], facts({ awards: [2023, 2024, 2025].map((year) => ({ code: 'CSTD-CS', year })), initiatives: [{ year: 2024, level: 'GRASSROOTS' }] }), names);
    expect(lowInitiative.verdict).toBe('not_eligible');
    expect(lowInitiative.results[0]!.findings[1]!.text).toBe('Cần sáng kiến được công nhận từ cấp tỉnh trở lên (2023–2025); chưa có trong sổ.');
  });

  it('counts a streak only when it is unbroken and ends in the nomination year', () => {
    const broken = evaluateCandidate([cstdt], facts({ awards: [2022, 2023, 2025].map((year) => ({ code: 'CSTD-CS', year })), initiatives: [{ year: 2025, level: 'CENTRAL' }] }), names);
    expect(broken.results[0]!.findings[0]).toEqual({ met: false, text: 'Cần 3 năm liền Chiến sĩ thi đua cơ sở (2023–2025); chưa có năm 2024.' });
    const whole = evaluateCandidate([cstdt], facts({ awards: [2023, 2024, 2025].map((year) => ({ code: 'CSTD-CS', year })), initiatives: [{ year: 2023, level: 'CENTRAL' }] }), names);
    expect(whole.verdict).toBe('eligible');
  });

  it('counts titles given every few years ("two consecutive times")', () => {
    const twice = rule({ kind: 'count', code: 'CSTD-T', times: 2, withinYears: 6 });
    expect(evaluateCandidate([twice], facts({ awards: [{ code: 'CSTD-T', year: 2022 }, { code: 'CSTD-T', year: 2025 }] }), names).verdict).toBe('eligible');
    const once = evaluateCandidate([twice], facts({ awards: [{ code: 'CSTD-T', year: 2019 }, { code: 'CSTD-T', year: 2025 }] }), names);
    expect(once.verdict).toBe('not_eligible');
    expect(once.results[0]!.findings[0]!.text).toBe('Cần 2 lần Chiến sĩ thi đua cấp tỉnh trong 2020–2025; có 1 (2025).');
  });

  it('leaves assessments to people: needs_assessment unless something else fails', () => {
    const assessed = rule({ kind: 'all', of: [{ kind: 'memberShare', code: 'LDTT', moreThan: 0.5 }, { kind: 'assessment', text: 'không có cá nhân bị kỷ luật.' }] });
    const members = (holding: number) => facts({ members: { total: 10, holding: { LDTT: holding } } });
    expect(evaluateCandidate([assessed], members(6), names).verdict).toBe('needs_assessment');
    const half = evaluateCandidate([assessed], members(5), names);
    expect(half.verdict).toBe('not_eligible');
    expect(half.results[0]!.findings[0]!.text).toBe('5/10 người (50%) đạt Lao động tiên tiến năm 2025; cần trên 50%.');
    // No members known: the share cannot be computed either.
    expect(evaluateCandidate([assessed], facts(), names).verdict).toBe('needs_assessment');
  });

  it('is eligible only when every rule is: one failed rule among passing ones fails', () => {
    const passes = rule({ kind: 'title', code: 'LDTT', years: 1 });
    const fails = rule({ kind: 'initiative', minLevel: 'GRASSROOTS', withinYears: 1 });
    expect(evaluateCandidate([passes, fails], facts({ awards: [{ code: 'LDTT', year: 2025 }] }), names).verdict).toBe('not_eligible');
    expect(evaluateCandidate([], facts(), names).verdict).toBe('eligible');
    expect(evaluateCandidate([rule({ kind: 'any', of: [{ kind: 'title', code: 'X', years: 1 }, { kind: 'title', code: 'LDTT', years: 1 }] })], facts({ awards: [{ code: 'LDTT', year: 2025 }] }), names).verdict).toBe('eligible');
  });
});

describe('quotaOverruns', () => {
  it('reports a unit proposing more than the share of its Lao động tiên tiến allows', () => {
    const quota = rule({ kind: 'quota', ofCode: 'LDTT', share: 0.15 });
    expect(quotaOverruns([quota], 3, () => 20, names)).toEqual([]);
    expect(quotaOverruns([quota], 4, () => 20, names)[0]!.text).toBe('Đề nghị 4 người, vượt tỷ lệ 15% của 20 người đạt Lao động tiên tiến (tối đa 3).');
  });
});

describe('the condition language', () => {
  it('parses every kind and refuses unknown kinds and out-of-range numbers', () => {
    expect(conditionSchema.safeParse({ kind: 'all', of: [{ kind: 'title', code: 'LDTT', years: 1 }, { kind: 'quota', ofCode: 'LDTT', share: 0.15 }] }).success).toBe(true);
    expect(conditionSchema.safeParse({ kind: 'magic' }).success).toBe(false);
    expect(conditionSchema.safeParse({ kind: 'memberShare', code: 'LDTT', moreThan: 1.5 }).success).toBe(false);
    expect(conditionSchema.safeParse({ kind: 'all', of: [] }).success).toBe(false);
  });

  it('the rule form refuses bad JSON, a confirmed rule without its article, and reversed dates — in Vietnamese', () => {
    const base = { typeCode: 'LDTT', statement: 'Hoàn thành tốt nhiệm vụ', condition: '{"kind":"assessment","text":"hoàn thành tốt"}', legalSource: 'Luật Thi đua, khen thưởng', effectiveFrom: '2024-01-01', confirmation: 'TO_CONFIRM', note: 'Bản đầu' };
    expect(ruleVersionSchema.safeParse(base).success).toBe(true);
    const messages = (input: object) => (ruleVersionSchema.safeParse(input).error?.issues ?? []).map((i) => i.message);
    expect(messages({ ...base, condition: '{kind:' })).toEqual(['Điều kiện không phải JSON hợp lệ']);
    expect(messages({ ...base, confirmation: 'CONFIRMED' })).toEqual(['Quy tắc đã xác nhận phải ghi điều, khoản của văn bản']);
    expect(messages({ ...base, effectiveTo: '2023-12-31' })).toEqual(['Ngày hết hiệu lực phải sau ngày có hiệu lực']);
  });

  it('cites the article when there is one', () => {
    expect(citation({ legalSource: 'Luật Thi đua, khen thưởng số 06/2022/QH15', article: 'Điều 24' })).toBe('Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 24');
    expect(citation({ legalSource: 'Nghị định số 152/2025/NĐ-CP', article: null })).toBe('Nghị định số 152/2025/NĐ-CP');
  });
});
