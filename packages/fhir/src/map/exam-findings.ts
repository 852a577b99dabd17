import type { ExamFindings, Measure } from '@stride/exam-schema';
import {
  effusionGrades,
  examMeasures,
  examTestLabels,
  labelsOf,
  mobilityMeasures,
  palpationResults,
  palpationSiteLabels,
  reflexGrades,
  sensationGrades,
  strengthMeasures,
  testResults,
} from '@stride/exam-schema';

import type { Finding } from './finding-observation';

const palpationLabels = labelsOf(palpationResults);
const testResultLabels = labelsOf(testResults);
const reflexLabels = labelsOf(reflexGrades);
const sensationLabels = labelsOf(sensationGrades);
const effusionLabels = labelsOf(effusionGrades);

// exam-schema names these fields but has no display table for them.
const NEURO_LABELS = {
  patellarReflex: 'Patellar reflex',
  quadricepsWeakness: 'Quadriceps weakness',
  l3DermatomeSensation: 'L3 dermatome sensation',
  l4DermatomeSensation: 'L4 dermatome sensation',
  medialKneeSensation: 'Medial knee sensation',
} as const;

function measures(
  prefix: string,
  table: Readonly<Record<string, Measure>>,
  values: Readonly<Record<string, number | undefined>> | undefined,
  side: 'left' | 'right',
): Finding[] {
  if (!values) return [];
  return Object.entries(table).flatMap(([key, m]) => {
    const value = values[key];
    if (value === undefined) return [];
    const label = prefix ? `${prefix}: ${m.label}` : m.label;
    const quantity = { quantity: value, unit: m.unit };
    return [{ kind: 'exam', key, label, side, value: quantity } satisfies Finding];
  });
}

function concept(key: string, label: string, side: 'left' | 'right', id: string, text: string) {
  return { kind: 'exam', key, label, side, value: { concept: id, label: text } } satisfies Finding;
}

/** Every finding recorded for one side: palpation, special tests, measures, neuro, effusion. */
export function examFindings(f: ExamFindings | undefined, side: 'left' | 'right'): Finding[] {
  if (!f) return [];
  const out: Finding[] = [];
  for (const [site, result] of Object.entries(f.palpation ?? {})) {
    const label = `Palpation: ${palpationSiteLabels[site as keyof typeof palpationSiteLabels]}`;
    out.push(concept(`palpation.${site}`, label, side, result, palpationLabels[result]));
  }
  for (const [test, result] of Object.entries(f.tests ?? {})) {
    const label = examTestLabels[test as keyof typeof examTestLabels];
    out.push(concept(`test.${test}`, label, side, result, testResultLabels[result]));
  }
  out.push(...measures('', examMeasures, { singleLegSquatFppaDeg: f.singleLegSquatFppaDeg }, side));
  out.push(...measures('Strength', strengthMeasures, f.strength, side));
  out.push(...measures('Mobility', mobilityMeasures, f.mobility, side));
  const n = f.neuro;
  if (n?.patellarReflex)
    out.push(
      concept(
        'neuro.patellarReflex',
        NEURO_LABELS.patellarReflex,
        side,
        n.patellarReflex,
        reflexLabels[n.patellarReflex],
      ),
    );
  if (n?.quadricepsWeakness !== undefined)
    out.push({
      kind: 'exam',
      key: 'neuro.quadricepsWeakness',
      label: NEURO_LABELS.quadricepsWeakness,
      side,
      value: { boolean: n.quadricepsWeakness },
    });
  for (const key of [
    'l3DermatomeSensation',
    'l4DermatomeSensation',
    'medialKneeSensation',
  ] as const) {
    const grade = n?.[key];
    if (grade)
      out.push(concept(`neuro.${key}`, NEURO_LABELS[key], side, grade, sensationLabels[grade]));
  }
  if (f.effusion)
    out.push(concept('effusion', 'Effusion', side, f.effusion, effusionLabels[f.effusion]));
  return out;
}
