import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import fc from 'fast-check';

import type { StrideCase } from '@stride/exam-schema';
import { caseArbitrary } from '@stride/exam-schema/testing';

import { diagnose } from '../src/index';
import { casesDir, readCase } from './public-cases';

/** Where the committed digests live, relative to this file. */
export const goldenUrl = new URL('./golden/output-digests.json', import.meta.url);

export interface GoldenDigests {
  /** sha256 of every generated input, so a changed generator is told apart from a changed engine. */
  readonly generatedInputs: string;
  /** Per public case file: sha256 of both profiles' output JSON. */
  readonly publicCases: Readonly<Record<string, string>>;
  /** Per generated case (fixed seed): the first 32 hex digits of sha256 of both outputs. */
  readonly generated: readonly string[];
}

const profiles = ['clinic-method', 'literature'] as const;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Both profiles' serialised outputs, one per line: exactly the bytes the CLI would print. */
function outputsOf(input: StrideCase): string {
  return profiles.map((profile) => JSON.stringify(diagnose(input, { profile }))).join('\n');
}

/** Digests of today's engine over the public cases and 2,000 seeded generated cases. */
export function computeGoldenDigests(): GoldenDigests {
  const names = readdirSync(casesDir)
    .filter((name) => name.endsWith('.json') && name !== 'expectations.json')
    .sort();
  const publicCases: Record<string, string> = {};
  for (const name of names) publicCases[name] = sha256(outputsOf(readCase(name)));
  const samples = fc.sample(caseArbitrary, { numRuns: 2000, seed: 42 });
  return {
    generatedInputs: sha256(samples.map((input) => JSON.stringify(input)).join('\n')),
    publicCases,
    // 128 bits per case keeps the committed file small and collisions out of reach.
    generated: samples.map((input) => sha256(outputsOf(input)).slice(0, 32)),
  };
}
