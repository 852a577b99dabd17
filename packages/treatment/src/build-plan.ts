import type { ConditionId, ExamRecord, StrideCase } from '@stride/exam-schema';

import type { Finding } from './findings';
import type { PhaseId, Plan, PlanItem } from './plan-schema';
import { findExercise } from './exercise-library';
import { findingItemRules } from './finding-items';
import { findingsOfCase, findingsOfExam } from './findings';
import { datePhases } from './phase-dates';
import { PLAN_FORMAT, planSchema } from './plan-schema';
import { planTemplates } from './templates';
import { walkRunLevels } from './walk-run';

export interface BuildPlanInput {
  condition: ConditionId;
  side: 'left' | 'right' | 'bilateral';
  /** The encounter's exam record, or a stride.case/v1 case; findings are read from it. */
  exam?: ExamRecord | StrideCase;
  raceDate?: string | null;
  /** The clinic's local date, YYYY-MM-DD: the plan never reads a clock. */
  today: string;
}

function findingsOf(input: BuildPlanInput): Finding[] {
  if (input.exam === undefined) return [];
  if (input.exam.format === 'stride.case/v1') return findingsOfCase(input.exam);
  return findingsOfExam(input.exam, input.side);
}

function exerciseOrThrow(id: string) {
  const exercise = findExercise(id);
  if (!exercise) throw new Error(`exercise ${id} is missing from the library`);
  return exercise;
}

/** The template for the diagnosis plus the items the findings call for, dated to the race. */
export function buildPlan(input: BuildPlanInput): Plan {
  const template = planTemplates[input.condition];
  const dating = datePhases(input.today, input.raceDate ?? null, template.length);
  const present = new Set<PhaseId>(dating.phases.map((p) => p.id));
  const found = findingsOf(input);
  const items: PlanItem[] = [];
  const add = (item: Omit<PlanItem, 'phases'> & { phases: readonly PhaseId[] }): void => {
    const phases = item.phases.filter((p) => present.has(p));
    if (phases.length === 0) return;
    const existing = items.find((i) => i.key === item.key);
    if (!existing) {
      items.push({ ...item, phases });
      return;
    }
    // A template item a finding also calls for keeps its place but cites the finding.
    for (const f of item.findings)
      if (!existing.findings.some((e) => e.id === f.id)) existing.findings.push(f);
    for (const p of phases) if (!existing.phases.includes(p)) existing.phases.push(p);
    existing.phases.sort(
      (a, b) =>
        dating.phases.findIndex((x) => x.id === a) - dating.phases.findIndex((x) => x.id === b),
    );
  };
  for (const t of template.items) {
    const exercise = exerciseOrThrow(t.exerciseId);
    add({
      key: t.exerciseId,
      exerciseId: t.exerciseId,
      dosage: t.dosage ?? exercise.dosage,
      daysPerWeek: exercise.daysPerWeek,
      why: t.why,
      phases: t.phases,
      source: 'template',
      findings: [],
    });
  }
  for (const rule of findingItemRules) {
    const cited = found.filter((f) => rule.findings.includes(f.id));
    if (cited.length === 0) continue;
    const exercise = exerciseOrThrow(rule.exerciseId);
    add({
      key: rule.exerciseId,
      exerciseId: rule.exerciseId,
      dosage: rule.dosage?.(found) ?? exercise.dosage,
      daysPerWeek: exercise.daysPerWeek,
      why: rule.why,
      phases: rule.phases,
      source: 'finding',
      findings: cited.map((f) => ({ id: f.id, text: f.text })),
    });
  }
  const last = dating.phases[dating.phases.length - 1];
  return planSchema.parse({
    format: PLAN_FORMAT,
    condition: input.condition,
    side: input.side,
    startDate: input.today,
    endDate: last?.endDate ?? input.today,
    raceDate: dating.raceDate,
    goNoGoDate: dating.goNoGoDate,
    dating: dating.mode,
    datingNote: dating.note,
    phases: dating.phases,
    items,
    walkRunLevels: [...walkRunLevels],
  });
}
