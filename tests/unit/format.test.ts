import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, viCollator } from '@/lib/common/format';

describe('vi-VN formatting', () => {
  it('shows dates in Vietnam time, whatever the server zone', () => {
    // 23:30 UTC on 9 May is 06:30 on 10 May in Hà Nội.
    expect(formatDate('2024-05-09T23:30:00Z')).toBe('10/05/2024');
    expect(formatDateTime('2024-05-09T23:30:00Z')).toBe('Thứ Sáu, 10/05/2024, 06:30');
  });

  it('groups thousands with dots', () => {
    expect(formatNumber(5560)).toBe('5.560');
  });

  it('sorts Vietnamese names in dictionary order', () => {
    expect(['Đặng', 'Dương', 'Bùi', 'Ân', 'An'].sort(viCollator.compare)).toEqual(['An', 'Ân', 'Bùi', 'Dương', 'Đặng']);
  });
});
