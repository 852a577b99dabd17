import { z } from 'zod';

import type { Plan, PlanItem } from './plan-schema';
import { findExercise } from './exercise-library';
import { planSchema } from './plan-schema';

export const planEditSchema = z.strictObject({
  removeKeys: z.array(z.string()).default([]),
  dosages: z
    .array(
      z.strictObject({
        key: z.string(),
        dosage: z.string().trim().min(1, 'A dosage cannot be empty.').max(200),
      }),
    )
    .default([]),
  add: z
    .array(
      z.strictObject({
        exerciseId: z.string(),
        dosage: z.string().trim().max(200).optional(),
        why: z.string().trim().max(400).optional(),
      }),
    )
    .default([]),
});
export type PlanEdit = z.input<typeof planEditSchema>;

export type PlanEditResult = { ok: true; plan: Plan } | { ok: false; problems: string[] };

/** A clinician's changes to a plan; the result must still be a sound plan (never adjunct-only). */
export function applyPlanEdit(plan: Plan, edit: PlanEdit): PlanEditResult {
  const { removeKeys, dosages, add } = planEditSchema.parse(edit);
  const problems: string[] = [];
  const items: PlanItem[] = plan.items
    .filter((item) => !removeKeys.includes(item.key))
    .map((item) => {
      const change = dosages.find((d) => d.key === item.key);
      return change ? { ...item, dosage: change.dosage } : { ...item };
    });
  for (const d of dosages)
    if (!items.some((i) => i.key === d.key)) problems.push(`There is no item ${d.key} to change.`);
  for (const a of add) {
    const exercise = findExercise(a.exerciseId);
    if (!exercise) {
      problems.push(`Exercise ${a.exerciseId} is not in the library.`);
      continue;
    }
    if (items.some((i) => i.key === exercise.id)) {
      problems.push(`${exercise.name} is already in the plan.`);
      continue;
    }
    // Adjuncts are short-term at most, so they only cover the first phase.
    const first = plan.phases[0]?.id ?? 'settle';
    items.push({
      key: exercise.id,
      exerciseId: exercise.id,
      dosage: a.dosage && a.dosage !== '' ? a.dosage : exercise.dosage,
      daysPerWeek: exercise.daysPerWeek,
      why: a.why && a.why !== '' ? a.why : exercise.purpose,
      phases: exercise.category === 'adjunct' ? [first] : plan.phases.map((p) => p.id),
      source: 'clinician',
      findings: [],
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const parsed = planSchema.safeParse({ ...plan, items });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => i.message) };
  return { ok: true, plan: parsed.data };
}
