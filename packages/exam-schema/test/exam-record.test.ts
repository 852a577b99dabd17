import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { ExamRecord, StrideCase } from '../src/index';
import { caseToExamRecord, examRecordSchema, examRecordToCase, parseCase } from '../src/index';
import { caseArbitrary } from '../src/testing/case-arbitrary';
import { readPublicCases } from './public-cases';

describe('exam record <-> case', () => {
  it.each(readPublicCases())('maps $name to a valid record and back unchanged', ({ raw }) => {
    const parsed = parseCase(raw);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const record = caseToExamRecord(parsed.value);
    expect(examRecordSchema.safeParse(record).success).toBe(true);
    expect(examRecordToCase(record)).toStrictEqual(parsed.value);
  });

  it('round-trips any generated case through the record', () => {
    fc.assert(
      fc.property(caseArbitrary, (input) => {
        const record = caseToExamRecord(input);
        expect(examRecordSchema.safeParse(record).success).toBe(true);
        expect(examRecordToCase(record)).toStrictEqual(input);
      }),
    );
  });

  it('puts findings on the symptomatic side only', () => {
    const input: StrideCase = {
      format: 'stride.case/v1',
      side: 'left',
      gait: { cadenceSpm: 160, contralateralPelvicDropDeg: 8 },
      exam: { tests: { ober: 'positive' } },
    };
    const record = caseToExamRecord(input);
    expect(record.gait).toEqual({ cadenceSpm: 160, left: { contralateralPelvicDropDeg: 8 } });
    expect(record.exam).toEqual({ left: { tests: { ober: 'positive' } } });
  });

  it('takes the symptomatic side of a full bilateral exam, and the worse side when both hurt', () => {
    const record: ExamRecord = {
      format: 'stride.exam-record/v1',
      symptomaticSide: 'right',
      gait: {
        protocol: {
          surface: 'treadmill',
          treadmillSpeedKmh: 11,
          inclinePct: 1,
          shoes: { kind: 'own_daily_trainer' },
          cameraViews: ['sagittal_right', 'posterior'],
          frameRateFps: 120,
          device: 'smartphone',
        },
        cadenceSpm: 162,
        left: { contralateralPelvicDropDeg: 4, dynamicKneeValgus: 'marked' },
        right: { contralateralPelvicDropDeg: 9, dynamicKneeValgus: 'mild' },
      },
      exam: {
        left: {
          tests: { ober: 'negative', clarke: 'positive' },
          strength: { hipAbductionNmPerKg: 1.0 },
          effusion: 'trace',
        },
        right: {
          tests: { ober: 'positive' },
          strength: { hipAbductionNmPerKg: 1.4 },
          effusion: 'none',
        },
      },
    };
    expect(examRecordSchema.safeParse(record).success).toBe(true);
    expect(examRecordToCase(record)).toEqual({
      format: 'stride.case/v1',
      side: 'right',
      gait: { cadenceSpm: 162, contralateralPelvicDropDeg: 9, dynamicKneeValgus: 'mild' },
      exam: {
        tests: { ober: 'positive' },
        strength: { hipAbductionNmPerKg: 1.4 },
        effusion: 'none',
      },
    });
    expect(examRecordToCase({ ...record, symptomaticSide: 'bilateral' })).toEqual({
      format: 'stride.case/v1',
      side: 'bilateral',
      gait: { cadenceSpm: 162, contralateralPelvicDropDeg: 9, dynamicKneeValgus: 'marked' },
      exam: {
        tests: { ober: 'positive', clarke: 'positive' },
        strength: { hipAbductionNmPerKg: 1.0 },
        effusion: 'trace',
      },
    });
  });

  it('rejects a protocol outside its ranges, naming the path', () => {
    const result = examRecordSchema.safeParse({
      format: 'stride.exam-record/v1',
      gait: { protocol: { frameRateFps: 5, device: 'webcam' } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'gait.protocol.frameRateFps',
      'gait.protocol.device',
    ]);
  });
});
