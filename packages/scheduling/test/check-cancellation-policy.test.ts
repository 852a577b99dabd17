import { describe, expect, it } from 'vitest';

import type { CancellationRequest } from '../src/index';
import { checkCancellationPolicy } from '../src/index';
import { utc } from './fixtures';

const start = utc('2026-06-10T16:00:00Z');
const hoursBefore = (hours: number): number => start - hours * 3_600_000;

describe('checkCancellationPolicy', () => {
  it.each<[string, Omit<CancellationRequest, 'start'>, string | null]>([
    [
      'patient, 48 h ahead',
      { now: hoursBefore(48), status: 'booked', actor: 'patient', action: 'cancel' },
      null,
    ],
    [
      'patient, exactly 24 h ahead',
      { now: hoursBefore(24), status: 'booked', actor: 'patient', action: 'cancel' },
      null,
    ],
    [
      'patient, 23 h ahead',
      { now: hoursBefore(23), status: 'booked', actor: 'patient', action: 'reschedule' },
      'inside_cutoff',
    ],
    [
      'patient, after start',
      { now: hoursBefore(-1), status: 'booked', actor: 'patient', action: 'cancel' },
      'already_started',
    ],
    [
      'patient, a hold',
      { now: hoursBefore(48), status: 'held', actor: 'patient', action: 'cancel' },
      null,
    ],
    [
      'patient, already cancelled',
      { now: hoursBefore(48), status: 'cancelled', actor: 'patient', action: 'cancel' },
      'not_active',
    ],
    [
      'staff, 1 h ahead',
      { now: hoursBefore(1), status: 'booked', actor: 'staff', action: 'reschedule' },
      null,
    ],
    [
      'staff, completed',
      { now: hoursBefore(-5), status: 'completed', actor: 'staff', action: 'cancel' },
      'not_active',
    ],
    [
      'staff, no-show',
      { now: hoursBefore(-5), status: 'no_show', actor: 'staff', action: 'cancel' },
      'not_active',
    ],
    [
      'staff, checked in',
      { now: hoursBefore(0), status: 'checked_in', actor: 'staff', action: 'cancel' },
      'not_active',
    ],
    [
      'patient, custom 2 h policy, 3 h ahead',
      {
        now: hoursBefore(3),
        status: 'booked',
        actor: 'patient',
        action: 'cancel',
        policy: { patientCutoffMinutes: 120 },
      },
      null,
    ],
  ])('%s', (_name, request, reason) => {
    const decision = checkCancellationPolicy({ ...request, start });
    if (reason === null) expect(decision).toEqual({ allowed: true });
    else expect(decision).toMatchObject({ allowed: false, reason });
  });

  it('tells the patient what to do', () => {
    const decision = checkCancellationPolicy({
      now: hoursBefore(2),
      start,
      status: 'booked',
      actor: 'patient',
      action: 'cancel',
    });
    expect(decision).toEqual({
      allowed: false,
      reason: 'inside_cutoff',
      message:
        "Appointments can't be cancelled online within 24 hours of the start. Please call the clinic.",
    });
  });
});
