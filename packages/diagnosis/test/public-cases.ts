import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { StrideCase } from '@stride/exam-schema';
import { parseCase } from '@stride/exam-schema';

/** The repository root; shared/ is cloned beside it (<repoRoot>/../shared). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const casesDir = resolve(repoRoot, '../shared/clinical/cases');

export interface Expectation {
  readonly case: string;
  readonly profile: 'clinic-method' | 'literature';
  readonly top1?: string;
  readonly top2?: string;
  readonly top3?: string;
  readonly notTop1?: string;
  readonly referralUrgent?: boolean;
}

export function readExpectations(): readonly Expectation[] {
  const file = JSON.parse(readFileSync(resolve(casesDir, 'expectations.json'), 'utf8')) as {
    expectations: Expectation[];
  };
  return file.expectations;
}

export function readCase(name: string): StrideCase {
  const parsed = parseCase(JSON.parse(readFileSync(resolve(casesDir, name), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors.join('; ')}`);
  return parsed.value;
}
