// The Lighthouse run's calibrated CPU slowdown follows the calculator's scale: the default
// 4× belongs to a host of BenchmarkIndex ~1,533, and a slower host gets less.
import { describe, expect, it } from 'vitest';
import { calibratedSlowdown } from '../bench/common.mjs';

describe('calibratedSlowdown', () => {
  it('maps the calculator anchor points and interpolates between them', () => {
    expect(calibratedSlowdown(150)).toBe(1);
    expect(calibratedSlowdown(800)).toBe(2);
    expect(calibratedSlowdown(1300)).toBe(3);
    expect(calibratedSlowdown(1533)).toBeCloseTo(4, 2);
    expect(calibratedSlowdown(2000)).toBeCloseTo(6, 1);
    expect(calibratedSlowdown(1050)).toBeCloseTo(2.5, 5);
    expect(calibratedSlowdown(475)).toBeCloseTo(1.5, 5);
  });

  it('never goes below 1× and treats a missing index as 1×', () => {
    expect(calibratedSlowdown(40)).toBe(1);
    expect(calibratedSlowdown(Number.NaN)).toBe(1);
  });

  it('grows with the host speed', () => {
    const indexes = [100, 300, 700, 900, 1200, 1400, 1800];
    const slowdowns = indexes.map(calibratedSlowdown);
    expect([...slowdowns].sort((a, b) => a - b)).toEqual(slowdowns);
  });
});
