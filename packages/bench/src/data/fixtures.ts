import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { ConditionId } from '@stride/exam-schema';
import { diagnose, ENGINE_VERSION, icd10For } from '@stride/diagnosis';
import { caseToExamRecord, parseCase } from '@stride/exam-schema';
import { buildPlan } from '@stride/treatment';

import { repoRoot } from '../env';

/** Clinical json the SQL copies from: real exam records, engine outputs and a built plan. */
export interface ClinicalFixtures {
  exams: string[];
  outputs: string[];
  conditions: string[];
  icd10: string[];
  engineVersion: string;
  plan: string;
  planItemKeys: string[];
  planStart: string;
}

/**
 * The public cases (shared/clinical/cases) are the exams: each becomes an exam record and is run
 * through the engine once, so generated charts hold what the app itself would have stored.
 */
export function loadFixtures(anchor: string): ClinicalFixtures {
  const dir = path.resolve(repoRoot, '../shared/clinical/cases');
  const cases = readdirSync(dir)
    .filter((f) => /^p\d+.*\.json$/.test(f))
    .sort()
    .flatMap((f) => {
      const parsed = parseCase(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
      return parsed.ok ? [parsed.value] : [];
    });
  if (cases.length === 0) throw new Error(`no public cases in ${dir}`);
  const runs = cases.map((c) => {
    const output = diagnose(c);
    const top = output.differential[0]?.condition as ConditionId;
    return { exam: caseToExamRecord(c), output, top, side: c.side };
  });
  const planStart = new Date(Date.parse(`${anchor}T00:00:00Z`) - 21 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const first = runs[0];
  if (!first) throw new Error('no cases');
  const plan = buildPlan({
    condition: first.top,
    side: 'right',
    exam: first.exam,
    today: planStart,
  });
  return {
    exams: runs.map((r) => JSON.stringify(r.exam)),
    outputs: runs.map((r) => JSON.stringify(r.output)),
    conditions: runs.map((r) => r.top),
    icd10: runs.map((r) => icd10For(r.top, r.side)),
    engineVersion: ENGINE_VERSION,
    plan: JSON.stringify(plan),
    planItemKeys: plan.items.slice(0, 2).map((i) => i.key),
    planStart,
  };
}
