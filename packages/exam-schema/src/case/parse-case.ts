import type { StrideCase } from './case-schema';
import { formatIssues } from '../format-issues';
import { strideCaseSchema } from './case-schema';

export type ParseCaseResult =
  | { readonly ok: true; readonly value: StrideCase }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Validates unknown input as `stride.case/v1`; errors are `path: expectation` lines. */
export function parseCase(input: unknown): ParseCaseResult {
  const result = strideCaseSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: formatIssues(result.error.issues) };
}

/** A case file's text: JSON that is not valid is an error like any other, never a throw. */
export function parseCaseText(text: string): ParseCaseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['The file is not valid JSON.'] };
  }
  return parseCase(data);
}
