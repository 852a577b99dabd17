import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays, daysBetween, followUpSchedule } from '../src';

const planStart = '2026-01-05'; // weeks 2/4/6/8: 01-19, 02-02, 02-16, 03-02

function requests(input: Parameters<typeof followUpSchedule>[0]): [string, string][] {
  return followUpSchedule(input).requests.map((request) => [request.key, request.dueDate]);
}

describe('followUpSchedule', () => {
  it('without a race: weeks 2, 4, 6 and 8', () => {
    expect(requests({ planStart, today: planStart })).toEqual([
      ['week-2', '2026-01-19'],
      ['week-4', '2026-02-02'],
      ['week-6', '2026-02-16'],
      ['week-8', '2026-03-02'],
    ]);
  });

  it('skips past dates but keeps one due today', () => {
    const schedule = followUpSchedule({ planStart, today: '2026-02-02' });
    expect(schedule.requests.map((r) => r.key)).toEqual(['week-4', 'week-6', 'week-8']);
    expect(schedule.skipped).toEqual([
      { key: 'week-2', dueDate: '2026-01-19', reason: 'in_the_past' },
    ]);
  });

  it('adds a request 3 days before an explicit go/no-go date', () => {
    expect(requests({ planStart, today: planStart, goNoGoDate: '2026-04-10' }).at(-1)).toEqual([
      'pre-go-no-go',
      '2026-04-07',
    ]);
  });

  it('derives go/no-go 14 days before the race and merges a collision within 3 days', () => {
    // Race 03-22 → decision 03-08 → request 03-05, 3 days after week 8 (03-02).
    const schedule = followUpSchedule({ planStart, today: planStart, raceDate: '2026-03-22' });
    expect(schedule.goNoGoDate).toBe('2026-03-08');
    expect(schedule.requests.at(-1)).toEqual({
      key: 'week-8+pre-go-no-go',
      dueDate: '2026-03-02',
      reasons: ['week_8', 'pre_go_no_go'],
    });
    expect(schedule.requests).toHaveLength(4);
  });

  it('does not merge requests 4 days apart', () => {
    // Decision 03-09 → request 03-06, 4 days after week 8.
    expect(requests({ planStart, today: planStart, goNoGoDate: '2026-03-09' }).slice(-2)).toEqual([
      ['week-8', '2026-03-02'],
      ['pre-go-no-go', '2026-03-06'],
    ]);
  });

  it('merges a same-day collision into one request', () => {
    expect(requests({ planStart, today: planStart, goNoGoDate: '2026-02-19' })).toContainEqual([
      'week-6+pre-go-no-go',
      '2026-02-16',
    ]);
  });

  it('race too close: the decision date has passed, so no pre-decision request', () => {
    const schedule = followUpSchedule({ planStart, today: '2026-01-10', raceDate: '2026-01-20' });
    expect(schedule.requests.map((r) => r.key)).toEqual(['week-2', 'week-4', 'week-6', 'week-8']);
    expect(schedule.skipped).toContainEqual({
      key: 'pre-go-no-go',
      dueDate: '2026-01-03',
      reason: 'decision_passed',
    });
  });

  it('race close but decision still ahead: the request moves to today', () => {
    expect(requests({ planStart, today: '2026-01-10', goNoGoDate: '2026-01-11' })[0]).toEqual([
      'pre-go-no-go',
      '2026-01-10',
    ]);
  });

  it('accepts epoch milliseconds for dates', () => {
    expect(requests({ planStart: Date.UTC(2026, 0, 5), today: Date.UTC(2026, 0, 5, 12) })).toEqual(
      requests({ planStart, today: planStart }),
    );
  });

  it('property: requests are ordered, on or after today, more than 3 days apart, unique keys', () => {
    const offset = fc.integer({ min: -30, max: 120 });
    fc.assert(
      fc.property(offset, fc.option(offset, { nil: undefined }), (todayOffset, raceOffset) => {
        const today = addDays(planStart, todayOffset);
        const raceDate = raceOffset === undefined ? undefined : addDays(planStart, raceOffset);
        const { requests: list } = followUpSchedule({ planStart, today, raceDate });
        const keys = new Set(list.map((r) => r.key));
        return (
          keys.size === list.length &&
          list.every((r) => daysBetween(today, r.dueDate) >= 0) &&
          list.every(
            (r, i) => i === 0 || daysBetween(list[i - 1]?.dueDate ?? r.dueDate, r.dueDate) > 3,
          )
        );
      }),
    );
  });
});
