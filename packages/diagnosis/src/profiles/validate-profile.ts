import type { PriorProfile } from '@stride/exam-schema';
import { formatIssues, priorProfileSchema } from '@stride/exam-schema';

export type ValidateProfileResult =
  | { readonly ok: true; readonly profile: PriorProfile }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Checks an edited profile before it is saved: all ten conditions for every sex, each in
 * [0, 1] with provenance, each column summing to 1 within 0.001. Errors are `path: message`.
 */
export function validateProfile(input: unknown): ValidateProfileResult {
  const parsed = priorProfileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues) };
  return { ok: true, profile: parsed.data as PriorProfile };
}
