// Whether a candidate passes the council: yes votes against a share of a base (all the
// council's members, or those who voted), in whole numbers — "90% of 7" needs 7, not 6.3
// rounded down. Pure: the session page previews with it, and closing the session records it.

export type ThresholdRule = { shareNumerator: number; shareDenominator: number; base: 'ALL_MEMBERS' | 'VOTERS' };

export type Tally = { yes: number; no: number; abstain: number };

/** The fewest yes votes that reach numerator/denominator of `baseCount`. */
export function votesRequired(rule: ThresholdRule, baseCount: number): number {
  if (!Number.isInteger(baseCount) || baseCount < 0) throw new RangeError(`base: ${baseCount}`);
  if (rule.shareDenominator <= 0 || rule.shareNumerator <= 0 || rule.shareNumerator > rule.shareDenominator) throw new RangeError('share');
  // ceil(n·base / d) in whole numbers (no floating point: 70% of 10 is exactly 7).
  return Math.floor((rule.shareNumerator * baseCount + rule.shareDenominator - 1) / rule.shareDenominator);
}

export type VoteResult = { baseCount: number; required: number; passed: boolean };

/**
 * The result of one candidate. `members` is every member of the council on the session's
 * day; `voters` those whose ballots count (present, and absent in writing where the rule
 * allows).
 */
export function voteResult(rule: ThresholdRule, tally: Tally, { members, voters }: { members: number; voters: number }): VoteResult {
  const baseCount = rule.base === 'ALL_MEMBERS' ? members : voters;
  const required = votesRequired(rule, baseCount);
  // Nobody can pass a session nobody voted in.
  return { baseCount, required, passed: baseCount > 0 && tally.yes >= required };
}

/** "90%", "2/3": a share as the rule states it. */
export function shareLabel(rule: Pick<ThresholdRule, 'shareNumerator' | 'shareDenominator'>): string {
  if (rule.shareDenominator === 100) return `${rule.shareNumerator}%`;
  return `${rule.shareNumerator}/${rule.shareDenominator}`;
}

/** A council rule as stored (nullable columns, checked by the table's constraint) as a threshold. */
export function asThreshold(rule: { shareNumerator: number | null; shareDenominator: number | null; base: 'ALL_MEMBERS' | 'VOTERS' | null }): ThresholdRule {
  if (rule.shareNumerator === null || rule.shareDenominator === null || rule.base === null) throw new Error('not a council vote rule');
  return { shareNumerator: rule.shareNumerator, shareDenominator: rule.shareDenominator, base: rule.base };
}
