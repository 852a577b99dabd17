import { z } from 'zod';

import type { Measure } from '../vocabulary/measures';
import { booleanSchema, enumListSchema, enumSchema, measureSchema } from '../case/field-schemas';
import { footStrikeIds, valgusGradeIds } from '../vocabulary/exam-vocabulary';
import {
  cameraViewIds,
  captureDeviceIds,
  gaitSurfaceIds,
  shoeKindIds,
} from '../vocabulary/gait-session-vocabulary';
import { gaitMeasures } from '../vocabulary/measures';

/** How the session was recorded, so the next session can be set up the same way. */
export const gaitProtocolMeasures = {
  treadmillSpeedKmh: { label: 'Treadmill speed', unit: 'km/h', min: 0, max: 30 },
  inclinePct: { label: 'Incline', unit: '%', min: -10, max: 30 },
  frameRateFps: { label: 'Frame rate', unit: 'fps', min: 15, max: 2000 },
  stepsAnalysed: {
    label: 'Steps averaged',
    unit: 'steps',
    min: 1,
    max: 1000,
    integer: true,
    hint: 'At least 7 for a stable mean',
  },
} as const satisfies Record<string, Measure>;

export const gaitProtocolSchema = z.strictObject(
  {
    surface: enumSchema(gaitSurfaceIds).optional(),
    treadmillSpeedKmh: measureSchema(gaitProtocolMeasures.treadmillSpeedKmh).optional(),
    inclinePct: measureSchema(gaitProtocolMeasures.inclinePct).optional(),
    shoes: z
      .strictObject(
        { kind: enumSchema(shoeKindIds), model: z.string().optional() },
        { error: 'expected an object' },
      )
      .optional(),
    cameraViews: enumListSchema(cameraViewIds).optional(),
    frameRateFps: measureSchema(gaitProtocolMeasures.frameRateFps).optional(),
    device: enumSchema(captureDeviceIds).optional(),
    deviceModel: z.string({ error: 'expected text' }).optional(),
    stepsAnalysed: measureSchema(gaitProtocolMeasures.stepsAnalysed).optional(),
  },
  { error: 'expected an object' },
);
export type GaitProtocol = z.infer<typeof gaitProtocolSchema>;

/** Metrics measured for one limb's stance. */
export const sideGaitSchema = z.strictObject(
  {
    contralateralPelvicDropDeg: measureSchema(gaitMeasures.contralateralPelvicDropDeg).optional(),
    peakHipAdductionDeg: measureSchema(gaitMeasures.peakHipAdductionDeg).optional(),
    kneeFlexionAtContactDeg: measureSchema(gaitMeasures.kneeFlexionAtContactDeg).optional(),
    tibiaInclinationAtContactDeg: measureSchema(
      gaitMeasures.tibiaInclinationAtContactDeg,
    ).optional(),
    rearfootEversionDeg: measureSchema(gaitMeasures.rearfootEversionDeg).optional(),
    peakTibialAccelerationG: measureSchema(gaitMeasures.peakTibialAccelerationG).optional(),
    groundContactTimeMs: measureSchema(gaitMeasures.groundContactTimeMs).optional(),
    dynamicKneeValgus: enumSchema(valgusGradeIds).optional(),
  },
  { error: 'expected an object' },
);
export type SideGait = z.infer<typeof sideGaitSchema>;

/** A gait session: protocol, whole-body metrics, and per-limb metrics. */
export const gaitSessionSchema = z.strictObject(
  {
    protocol: gaitProtocolSchema.optional(),
    cadenceSpm: measureSchema(gaitMeasures.cadenceSpm).optional(),
    verticalOscillationCm: measureSchema(gaitMeasures.verticalOscillationCm).optional(),
    footStrike: enumSchema(footStrikeIds).optional(),
    crossoverGait: booleanSchema().optional(),
    left: sideGaitSchema.optional(),
    right: sideGaitSchema.optional(),
    notes: z.string({ error: 'expected text' }).optional(),
  },
  { error: 'expected an object' },
);
export type GaitSession = z.infer<typeof gaitSessionSchema>;
