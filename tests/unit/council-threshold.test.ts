import { describe, expect, it } from 'vitest';
import { shareLabel, voteResult, votesRequired } from '@/lib/registry/council/threshold';
import { spamReason } from '@/lib/registry/council/spam';

const NINETY = { shareNumerator: 90, shareDenominator: 100, base: 'ALL_MEMBERS' as const };

describe('the council threshold', () => {
  it('rounds the share of the base up to whole votes, with no floating point', () => {
    // 90 % of 7 is 6.3: 7 votes. 70 % of 10 is exactly 7 (0.7 × 10 in floating point is 7.000000000000001).
    expect(votesRequired(NINETY, 7)).toBe(7);
    expect(votesRequired(NINETY, 10)).toBe(9);
    expect(votesRequired(NINETY, 11)).toBe(10);
    expect(votesRequired({ shareNumerator: 70, shareDenominator: 100, base: 'VOTERS' }, 10)).toBe(7);
    expect(votesRequired({ shareNumerator: 2, shareDenominator: 3, base: 'ALL_MEMBERS' }, 9)).toBe(6);
    expect(votesRequired({ shareNumerator: 2, shareDenominator: 3, base: 'ALL_MEMBERS' }, 7)).toBe(5);
    expect(votesRequired({ shareNumerator: 1, shareDenominator: 2, base: 'ALL_MEMBERS' }, 8)).toBe(4);
    expect(votesRequired(NINETY, 0)).toBe(0);
  });

  it('counts a share of all members, not of those present, where the rule says so', () => {
    const tally = { yes: 6, no: 0, abstain: 0 };
    // Six of six present say yes, but the council has seven: 6 < 7.
    expect(voteResult(NINETY, tally, { members: 7, voters: 6 })).toEqual({ baseCount: 7, required: 7, passed: false });
    expect(voteResult({ ...NINETY, base: 'VOTERS' }, tally, { members: 7, voters: 6 })).toEqual({ baseCount: 6, required: 6, passed: true });
  });

  it('passes nobody where nobody voted, and refuses a malformed share', () => {
    expect(voteResult({ ...NINETY, base: 'VOTERS' }, { yes: 0, no: 0, abstain: 0 }, { members: 7, voters: 0 }).passed).toBe(false);
    expect(() => votesRequired({ shareNumerator: 0, shareDenominator: 100, base: 'VOTERS' }, 5)).toThrow(RangeError);
    expect(() => votesRequired({ shareNumerator: 3, shareDenominator: 2, base: 'VOTERS' }, 5)).toThrow(RangeError);
    expect(() => votesRequired(NINETY, -1)).toThrow(RangeError);
  });

  it('states a share as the rule does', () => {
    expect(shareLabel(NINETY)).toBe('90%');
    expect(shareLabel({ shareNumerator: 2, shareDenominator: 3 })).toBe('2/3');
  });
});

describe('spam in a reader’s comment', () => {
  const ok = { authorName: 'Nguyễn Văn A', body: 'Chị là người tận tụy với công việc, được bà con trong xã quý mến.' };
  it('lets a person’s comment through', () => {
    expect(spamReason(ok)).toBeNull();
    // Numbers, dates and a decision's reference are not links.
    expect(spamReason({ ...ok, body: 'Năm 2024 đơn vị có Quyết định 12/QĐ-UBND ngày 5.3.2024 về việc này.' })).toBeNull();
  });
  it('refuses the hidden field filled in, links and advertising', () => {
    expect(spamReason({ ...ok, website: 'http://x' })).toMatch(/điền tự động/);
    expect(spamReason({ ...ok, body: 'Xem tại www.example.com' })).toMatch(/đường dẫn/);
    expect(spamReason({ ...ok, body: 'Vào trang abc.xyz để nhận thưởng' })).toMatch(/đường dẫn/);
    expect(spamReason({ ...ok, body: 'Nhà cái uy tín, cá cược bóng đá, nổ hũ đổi thưởng' })).toMatch(/quảng cáo/);
  });
});
