import { z } from 'zod';

import { footStrikeIds, valgusGradeIds } from '../vocabulary/exam-vocabulary';
import { gaitMeasures } from '../vocabulary/measures';
import { booleanSchema, enumSchema, measuresSchema } from './field-schemas';

/** Gait-analysis metrics for the symptomatic side, as the case carries them. */
export const gaitSchema = z.strictObject(
  {
    ...measuresSchema(gaitMeasures),
    footStrike: enumSchema(footStrikeIds).optional(),
    dynamicKneeValgus: enumSchema(valgusGradeIds).optional(),
    crossoverGait: booleanSchema().optional(),
  },
  { error: 'expected an object' },
);
export type Gait = z.infer<typeof gaitSchema>;
