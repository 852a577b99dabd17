import type { CaseloadPatientInput, DatedScore } from '../src';
import { addDays } from '../src';

export const PLAN_START = '2026-01-05';

/** Plan day `n` as a date (day 0 is the plan start; day 42 starts week 6). */
export function day(n: number): string {
  return addDays(PLAN_START, n);
}

/** A patient with nothing to flag: baseline NPRS only, ITB plan, no race, no red flags. */
export function patient(overrides: Partial<CaseloadPatientInput> = {}): CaseloadPatientInput {
  return {
    patientId: 'p1',
    today: day(10),
    planStart: PLAN_START,
    planCondition: 'iliotibial_band_syndrome',
    primaryInstrumentId: 'nprs',
    scores: [{ instrumentId: 'nprs', date: day(0), value: 6 }],
    painLogs: [],
    adherence: [],
    followUps: [],
    redFlags: [],
    painRegions: ['lateral_knee'],
    painQualities: ['aching'],
    priorCareFailed: [],
    ...overrides,
  };
}

export function nprs(dayNumber: number, value: number): DatedScore {
  return { instrumentId: 'nprs', date: day(dayNumber), value };
}
