import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { AuditCase } from './case';

/**
 * Every `*.cases.ts` file here, in file-name order (the numbers order dependent domains: a plan
 * needs the diagnosis an encounter case confirmed). A domain adds its own file; nobody edits a
 * shared list.
 */
export async function loadAuditCases(): Promise<AuditCase[]> {
  const dir = dirname(fileURLToPath(import.meta.url));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cases.ts'))
    .sort();
  const loaded: AuditCase[] = [];
  for (const file of files) {
    const mod = (await import(`./${file}`)) as { cases?: AuditCase[] };
    if (!mod.cases) throw new Error(`${file} must export its cases as \`cases\``);
    loaded.push(...mod.cases);
  }
  return loaded;
}
