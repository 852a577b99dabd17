import { z } from 'zod';

import { patientSchema } from '../case/case-schema';
import { examFindingsSchema } from '../case/exam-findings-schema';
import { enumSchema } from '../case/field-schemas';
import { historySchema } from '../case/history-schema';
import { sideIds } from '../vocabulary/patient-vocabulary';
import { gaitSessionSchema } from './gait-session-schema';

export const EXAM_RECORD_FORMAT = 'stride.exam-record/v1';

/** The record the clinician's forms fill: both sides examined, with the session protocol. */
export const examRecordSchema = z.strictObject(
  {
    format: z.literal(EXAM_RECORD_FORMAT, { error: `expected "${EXAM_RECORD_FORMAT}"` }),
    caseId: z.string({ error: 'expected text' }).optional(),
    patient: patientSchema.optional(),
    symptomaticSide: enumSchema(sideIds).optional(),
    history: historySchema.optional(),
    gait: gaitSessionSchema.optional(),
    exam: z
      .strictObject(
        {
          left: examFindingsSchema.optional(),
          right: examFindingsSchema.optional(),
          notes: z.string({ error: 'expected text' }).optional(),
        },
        { error: 'expected an object' },
      )
      .optional(),
    notes: z.string({ error: 'expected text' }).optional(),
  },
  { error: 'expected an object' },
);
export type ExamRecord = z.infer<typeof examRecordSchema>;
