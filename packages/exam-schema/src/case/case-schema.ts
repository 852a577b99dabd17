import { z } from 'zod';

import { patientMeasures } from '../vocabulary/measures';
import { sexIds, sideIds } from '../vocabulary/patient-vocabulary';
import { examFindingsSchema } from './exam-findings-schema';
import { enumSchema, measuresSchema } from './field-schemas';
import { gaitSchema } from './gait-schema';
import { historySchema } from './history-schema';

export const CASE_FORMAT = 'stride.case/v1';

export const patientSchema = z.strictObject(
  {
    sex: enumSchema(sexIds).optional(),
    ...measuresSchema(patientMeasures),
  },
  { error: 'expected an object' },
);
export type Patient = z.infer<typeof patientSchema>;

/** One runner's knee complaint at one point in time (case-format.md). */
export const strideCaseSchema = z.strictObject(
  {
    format: z.literal(CASE_FORMAT, { error: `expected "${CASE_FORMAT}"` }),
    id: z.string({ error: 'expected text' }).optional(),
    patient: patientSchema.optional(),
    side: enumSchema(sideIds).optional(),
    history: historySchema.optional(),
    gait: gaitSchema.optional(),
    exam: examFindingsSchema.optional(),
  },
  { error: 'expected an object' },
);
export type StrideCase = z.infer<typeof strideCaseSchema>;
