import type { GaitSession, SideGait } from '@stride/exam-schema';
import {
  captureDeviceLabels,
  footStrikes,
  gaitMeasures,
  labelsOf,
  valgusGrades,
} from '@stride/exam-schema';

import type { Finding } from './finding-observation';

const footStrikeLabels = labelsOf(footStrikes);
const valgusLabels = labelsOf(valgusGrades);
type GaitMeasureKey = keyof typeof gaitMeasures;
const SIDE_MEASURES = [
  'contralateralPelvicDropDeg',
  'peakHipAdductionDeg',
  'kneeFlexionAtContactDeg',
  'tibiaInclinationAtContactDeg',
  'rearfootEversionDeg',
  'peakTibialAccelerationG',
  'groundContactTimeMs',
] as const satisfies readonly (keyof SideGait & GaitMeasureKey)[];

/** How the session was filmed, so a reader knows how comparable two sessions are. */
function methodOf(gait: GaitSession): string | undefined {
  const p = gait.protocol;
  if (!p) return undefined;
  const parts = [
    p.surface === 'overground' ? 'Overground' : p.surface === 'treadmill' ? 'Treadmill' : null,
    p.treadmillSpeedKmh === undefined ? null : `${p.treadmillSpeedKmh} km/h`,
    p.inclinePct === undefined ? null : `${p.inclinePct}% incline`,
    p.device ? captureDeviceLabels[p.device] : null,
    p.frameRateFps === undefined ? null : `${p.frameRateFps} fps`,
    p.stepsAnalysed === undefined ? null : `${p.stepsAnalysed} steps averaged`,
  ].filter((s): s is string => s !== null);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function measure(key: GaitMeasureKey, value: number, side?: 'left' | 'right'): Finding {
  const m = gaitMeasures[key];
  return { kind: 'gait', key, label: m.label, value: { quantity: value, unit: m.unit }, side };
}

/** Every metric the gait session recorded, whole-body first, then each limb. */
export function gaitFindings(gait: GaitSession | undefined): Finding[] {
  if (!gait) return [];
  const out: Finding[] = [];
  if (gait.cadenceSpm !== undefined) out.push(measure('cadenceSpm', gait.cadenceSpm));
  if (gait.verticalOscillationCm !== undefined)
    out.push(measure('verticalOscillationCm', gait.verticalOscillationCm));
  if (gait.footStrike)
    out.push({
      kind: 'gait',
      key: 'footStrike',
      label: 'Foot strike',
      value: { concept: gait.footStrike, label: footStrikeLabels[gait.footStrike] },
    });
  if (gait.crossoverGait !== undefined)
    out.push({
      kind: 'gait',
      key: 'crossoverGait',
      label: 'Crossover gait',
      value: { boolean: gait.crossoverGait },
    });
  for (const side of ['left', 'right'] as const) {
    const s = gait[side];
    if (!s) continue;
    for (const key of SIDE_MEASURES) {
      const value = s[key];
      if (value !== undefined) out.push(measure(key, value, side));
    }
    if (s.dynamicKneeValgus)
      out.push({
        kind: 'gait',
        key: 'dynamicKneeValgus',
        label: 'Dynamic knee valgus',
        side,
        value: { concept: s.dynamicKneeValgus, label: valgusLabels[s.dynamicKneeValgus] },
      });
  }
  const method = methodOf(gait);
  return method ? out.map((f) => ({ ...f, method })) : out;
}
