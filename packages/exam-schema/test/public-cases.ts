import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** shared/ sits beside the repository (../shared from the repo root), wherever it is cloned. */
export const casesDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/clinical/cases',
);

export function readPublicCases(): { name: string; raw: unknown }[] {
  return readdirSync(casesDir)
    .filter((name) => name.endsWith('.json') && name !== 'expectations.json')
    .sort()
    .map((name) => ({
      name,
      raw: JSON.parse(readFileSync(resolve(casesDir, name), 'utf8')) as unknown,
    }));
}
