import { z } from 'zod';

import {
  aggravatorIds,
  mechanicalSymptomIds,
  onsetIds,
  painQualityIds,
  painRegionIds,
  priorCareIds,
  redFlagIds,
} from '../vocabulary/history-vocabulary';
import { historyMeasures } from '../vocabulary/measures';
import { booleanSchema, enumListSchema, enumSchema, measuresSchema } from './field-schemas';

export const targetRaceSchema = z.strictObject(
  {
    name: z.string({ error: 'expected text' }).min(1, { error: 'expected a race name' }).optional(),
    date: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }).optional(),
  },
  { error: 'expected an object' },
);
export type TargetRace = z.infer<typeof targetRaceSchema>;

/** The intake history. Every field optional: absent means not asked. */
export const historySchema = z.strictObject(
  {
    painRegions: enumListSchema(painRegionIds).optional(),
    painQualities: enumListSchema(painQualityIds).optional(),
    aggravators: enumListSchema(aggravatorIds).optional(),
    onset: enumSchema(onsetIds).optional(),
    durationWeeks: measuresSchema(historyMeasures).durationWeeks,
    nightPain: booleanSchema().optional(),
    mechanicalSymptoms: enumListSchema(mechanicalSymptomIds).optional(),
    backPain: booleanSchema().optional(),
    weeklyDistanceKm: measuresSchema(historyMeasures).weeklyDistanceKm,
    recentLoadIncreasePct: measuresSchema(historyMeasures).recentLoadIncreasePct,
    priorCareFailed: enumListSchema(priorCareIds).optional(),
    redFlags: enumListSchema(redFlagIds).optional(),
    targetRace: targetRaceSchema.optional(),
  },
  { error: 'expected an object' },
);
export type History = z.infer<typeof historySchema>;
