import { z } from 'zod';

import {
  effusionGradeIds,
  examTestIds,
  palpationResultIds,
  palpationSiteIds,
  reflexGradeIds,
  sensationGradeIds,
  testResultIds,
} from '../vocabulary/exam-vocabulary';
import { examMeasures, mobilityMeasures, strengthMeasures } from '../vocabulary/measures';
import { booleanSchema, enumSchema, measuresSchema } from './field-schemas';

export const palpationSchema = z.partialRecord(
  enumSchema(palpationSiteIds),
  enumSchema(palpationResultIds),
  {
    error: 'expected an object of site: tender | not_tender',
  },
);
export type Palpation = z.infer<typeof palpationSchema>;

export const testsSchema = z.partialRecord(enumSchema(examTestIds), enumSchema(testResultIds), {
  error: 'expected an object of test: positive | negative',
});
export type Tests = z.infer<typeof testsSchema>;

export const strengthSchema = z.strictObject(measuresSchema(strengthMeasures), {
  error: 'expected an object',
});
export type Strength = z.infer<typeof strengthSchema>;

export const mobilitySchema = z.strictObject(measuresSchema(mobilityMeasures), {
  error: 'expected an object',
});
export type Mobility = z.infer<typeof mobilitySchema>;

export const neuroSchema = z.strictObject(
  {
    patellarReflex: enumSchema(reflexGradeIds).optional(),
    quadricepsWeakness: booleanSchema().optional(),
    l3DermatomeSensation: enumSchema(sensationGradeIds).optional(),
    l4DermatomeSensation: enumSchema(sensationGradeIds).optional(),
    medialKneeSensation: enumSchema(sensationGradeIds).optional(),
  },
  { error: 'expected an object' },
);
export type Neuro = z.infer<typeof neuroSchema>;

/** Examination findings for the symptomatic side. */
export const examFindingsSchema = z.strictObject(
  {
    palpation: palpationSchema.optional(),
    tests: testsSchema.optional(),
    ...measuresSchema(examMeasures),
    strength: strengthSchema.optional(),
    mobility: mobilitySchema.optional(),
    neuro: neuroSchema.optional(),
    effusion: enumSchema(effusionGradeIds).optional(),
  },
  { error: 'expected an object' },
);
export type ExamFindings = z.infer<typeof examFindingsSchema>;
