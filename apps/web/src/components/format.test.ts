import { describe, expect, it } from 'vitest';

import { ageOn, formatDate, weeksUntil } from './format';

describe('date helpers', () => {
  it('formats calendar dates without shifting them by a time zone', () => {
    expect(formatDate('2027-03-14')).toBe('Mar 14, 2027');
    expect(formatDate('2027-01-01')).toBe('Jan 1, 2027');
  });

  it('computes age on the day, counting the birthday itself', () => {
    expect(ageOn('1990-11-26', new Date('2026-11-26T00:00:00Z'))).toBe(36);
    expect(ageOn('1990-11-27', new Date('2026-11-26T23:00:00Z'))).toBe(35);
  });

  it('counts whole weeks to a race', () => {
    expect(weeksUntil('2026-12-10', new Date('2026-11-26T00:00:00Z'))).toBe(2);
  });
});
