import { describe, expect, it } from 'vitest';

import { diagnose } from '../src/index';
import { readCase, readExpectations } from './public-cases';

describe('public cases against expectations.json', () => {
  const expectations = readExpectations();

  it('has expectations to check', () => {
    expect(expectations.length).toBeGreaterThanOrEqual(15);
  });

  it.each(expectations)('$case under $profile', (expectation) => {
    const output = diagnose(readCase(expectation.case), { profile: expectation.profile });
    const ranked = output.differential.map((entry) => entry.condition as string);
    expect(output.profile.id).toBe(expectation.profile);
    if (expectation.top1 !== undefined) expect(ranked[0]).toBe(expectation.top1);
    if (expectation.top2 !== undefined) expect(ranked.slice(0, 2)).toContain(expectation.top2);
    if (expectation.top3 !== undefined) expect(ranked.slice(0, 3)).toContain(expectation.top3);
    if (expectation.notTop1 !== undefined) expect(ranked[0]).not.toBe(expectation.notTop1);
    if (expectation.referralUrgent === true) {
      expect(output.referral.recommended).toBe(true);
      expect(output.referral.urgent).toBe(true);
    }
  });
});
