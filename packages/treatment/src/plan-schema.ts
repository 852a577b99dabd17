import { z } from 'zod';

import { conditionIds } from '@stride/exam-schema';

import { isIsoDate } from './dates';
import { findExercise } from './exercise-library';
import { findingIds } from './findings';

export const PLAN_FORMAT = 'stride.plan/v1';

export const phaseIds = ['settle', 'strength', 'walk_run', 'build', 'race_prep'] as const;
export const phaseIdSchema = z.enum(phaseIds);
export type PhaseId = z.infer<typeof phaseIdSchema>;

const isoDate = z.string().refine(isIsoDate, 'expected a date as YYYY-MM-DD');

export const planPhaseSchema = z.strictObject({
  id: phaseIdSchema,
  name: z.string(),
  goal: z.string(),
  /** What running looks like in this phase, in the patient's words. */
  running: z.string(),
  startDate: isoDate,
  endDate: isoDate,
});
export type PlanPhase = z.infer<typeof planPhaseSchema>;

export const itemSources = ['template', 'finding', 'clinician'] as const;

export const planItemSchema = z.strictObject({
  /** Stable across versions: ticks and adherence follow the key. */
  key: z.string().regex(/^[a-z0-9_]+$/),
  exerciseId: z.string(),
  dosage: z.string().trim().min(1).max(200),
  daysPerWeek: z.number().int().min(1).max(7),
  /** Why this item is in the plan, in plain words for the patient. */
  why: z.string().min(1).max(400),
  phases: z.array(phaseIdSchema).min(1),
  source: z.enum(itemSources),
  /** The measured findings that put it there; empty for template and clinician items. */
  findings: z.array(z.strictObject({ id: z.enum(findingIds), text: z.string() })),
});
export type PlanItem = z.infer<typeof planItemSchema>;

export const walkRunLevelSchema = z.strictObject({
  level: z.number().int().min(1),
  walkMin: z.number().min(0),
  runMin: z.number().min(0),
  totalKm: z.number().positive(),
  effort: z.string(),
});
export type WalkRunLevel = z.infer<typeof walkRunLevelSchema>;

export const planDatingModes = ['race', 'race_too_close', 'no_race'] as const;

export const planSchema = z
  .strictObject({
    format: z.literal(PLAN_FORMAT),
    condition: z.enum(conditionIds),
    side: z.enum(['left', 'right', 'bilateral']),
    startDate: isoDate,
    endDate: isoDate,
    raceDate: isoDate.nullable(),
    goNoGoDate: isoDate.nullable(),
    dating: z.enum(planDatingModes),
    /** Says how the dates were chosen, e.g. why a close race got no taper. */
    datingNote: z.string(),
    phases: z.array(planPhaseSchema).min(1),
    items: z.array(planItemSchema).min(1),
    walkRunLevels: z.array(walkRunLevelSchema),
  })
  .superRefine((plan, ctx) => {
    for (const problem of planProblems(plan)) ctx.addIssue({ code: 'custom', message: problem });
  });
export type Plan = z.infer<typeof planSchema>;

type PlanShape = Omit<Plan, never>;

/** The rules a plan must keep after any edit; an empty list means it is sound. */
export function planProblems(plan: PlanShape): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  let onlyAdjuncts = true;
  for (const item of plan.items) {
    if (keys.has(item.key)) problems.push(`Item ${item.key} appears twice.`);
    keys.add(item.key);
    const exercise = findExercise(item.exerciseId);
    if (!exercise) problems.push(`Exercise ${item.exerciseId} is not in the library.`);
    else if (exercise.category !== 'adjunct') onlyAdjuncts = false;
    for (const phase of item.phases)
      if (!plan.phases.some((p) => p.id === phase))
        problems.push(`Item ${item.key} names a phase the plan does not have.`);
  }
  if (onlyAdjuncts)
    problems.push('A plan cannot be only a brace, strap or tape: keep at least one exercise.');
  let previousEnd: string | undefined;
  for (const phase of plan.phases) {
    if (phase.endDate < phase.startDate) problems.push(`Phase ${phase.id} ends before it starts.`);
    if (previousEnd !== undefined && phase.startDate <= previousEnd)
      problems.push(`Phase ${phase.id} overlaps the one before.`);
    previousEnd = phase.endDate;
  }
  if (plan.phases[0]?.startDate !== plan.startDate)
    problems.push('The first phase must start on the plan start date.');
  if (plan.goNoGoDate !== null && (plan.raceDate === null || plan.goNoGoDate >= plan.raceDate))
    problems.push('The go/no-go date must come before the race.');
  return problems;
}
