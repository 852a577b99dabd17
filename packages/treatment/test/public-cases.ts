import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { StrideCase } from '@stride/exam-schema';
import { parseCase } from '@stride/exam-schema';

/** shared/ sits beside the repository (../shared from the repo root). */
const casesDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/clinical/cases',
);

export function publicCase(name: string): StrideCase {
  const parsed = parseCase(JSON.parse(readFileSync(resolve(casesDir, `${name}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(`case ${name} does not parse`);
  return parsed.value;
}

export function publicCaseNames(): string[] {
  return readdirSync(casesDir)
    .filter((n) => n.endsWith('.json') && n !== 'expectations.json')
    .map((n) => n.replace(/\.json$/, ''))
    .sort();
}
