import { describe, expect, it } from 'vitest';

import { conditionIds } from '@stride/exam-schema';

import {
  diagnosisExplanations,
  exerciseLibrary,
  exerciseSchema,
  findExercise,
  findingItemRules,
  planTemplates,
} from '../src';

describe('exercise library', () => {
  it('has at least 30 valid exercises with unique ids', () => {
    expect(exerciseLibrary.length).toBeGreaterThanOrEqual(30);
    for (const e of exerciseLibrary) expect(exerciseSchema.parse(e)).toEqual(e);
    expect(new Set(exerciseLibrary.map((e) => e.id)).size).toBe(exerciseLibrary.length);
  });

  it('lists the brace and strap only as adjuncts', () => {
    const adjuncts = exerciseLibrary.filter((e) => e.category === 'adjunct').map((e) => e.id);
    expect(adjuncts.sort()).toEqual(['knee_strap', 'patellar_taping']);
  });

  it.each(conditionIds)('has a template and a plain-words explanation for %s', (condition) => {
    const template = planTemplates[condition];
    expect(template.items.length).toBeGreaterThan(2);
    for (const item of template.items) expect(findExercise(item.exerciseId)).toBeDefined();
    expect(template.items.some((i) => findExercise(i.exerciseId)?.category === 'adjunct')).toBe(
      false,
    );
    expect(diagnosisExplanations[condition].explanation.length).toBeGreaterThan(80);
  });

  it('every finding rule names a library exercise', () => {
    for (const rule of findingItemRules) expect(findExercise(rule.exerciseId)).toBeDefined();
  });
});
