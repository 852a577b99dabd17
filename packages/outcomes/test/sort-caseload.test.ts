import { describe, expect, it } from 'vitest';

import type { CaseloadEntry, CaseloadFlag, FlagId, Severity } from '../src';
import { caseloadRank, computeCaseloadFlags, sortCaseload } from '../src';
import { day, nprs, patient } from './fixtures';

function flag(id: FlagId, severity: Severity): CaseloadFlag {
  return { id, severity, message: id, evidence: {} };
}

describe('caseload order', () => {
  it('sorts by most pressing flag, then flag count, then patient id', () => {
    const entries: CaseloadEntry[] = [
      { patientId: 'quiet', flags: [] },
      { patientId: 'b-missed', flags: [flag('missed_follow_up', 'low')] },
      { patientId: 'red', flags: [flag('red_flag_reported', 'urgent')] },
      { patientId: 'a-missed', flags: [flag('missed_follow_up', 'low')] },
      {
        patientId: 'missed-and-adherence',
        flags: [flag('low_adherence', 'low'), flag('missed_follow_up', 'low')],
      },
      { patientId: 'worse', flags: [flag('worsening', 'high')] },
      { patientId: 'saphenous', flags: [flag('saphenous_prompt', 'high')] },
    ];
    expect(sortCaseload(entries).map((entry) => entry.patientId)).toEqual([
      'red',
      'worse',
      'saphenous',
      'missed-and-adherence',
      'a-missed',
      'b-missed',
      'quiet',
    ]);
  });

  it('gives a rank tuple that orders patients exactly as the sort does', () => {
    const entries: CaseloadEntry[] = [
      { patientId: 'e', flags: [] },
      { patientId: 'd', flags: [flag('low_adherence', 'low'), flag('missed_follow_up', 'low')] },
      { patientId: 'c', flags: [flag('missed_follow_up', 'low'), flag('worsening', 'high')] },
      { patientId: 'b', flags: [flag('worsening', 'high')] },
      { patientId: 'a', flags: [flag('missed_follow_up', 'low')] },
    ];
    const byRank = [...entries].sort((x, y) => {
      const [rx, ry] = [caseloadRank(x.flags), caseloadRank(y.flags)];
      return (
        rx.topSeverity - ry.topSeverity ||
        rx.topFlag - ry.topFlag ||
        ry.flagCount - rx.flagCount ||
        x.patientId.localeCompare(y.patientId)
      );
    });
    expect(byRank.map((e) => e.patientId)).toEqual(sortCaseload(entries).map((e) => e.patientId));
    expect(byRank.map((e) => e.patientId)).toEqual(['c', 'b', 'd', 'a', 'e']);
    expect(caseloadRank([])).toEqual({ topSeverity: 4, topFlag: 7, flagCount: 0 });
  });

  it("orders one patient's flags by severity", () => {
    const input = patient({
      today: day(42),
      scores: [nprs(0, 6), nprs(40, 5)],
      followUps: [{ key: 'week-2', dueDate: day(14), status: 'missed' }],
      redFlags: [{ id: 'fever', label: 'Fever', reportedOn: day(40), reviewed: false }],
    });
    expect(computeCaseloadFlags(input).map((f) => f.id)).toEqual([
      'red_flag_reported',
      'not_improving',
      'missed_follow_up',
    ]);
  });
});
