import type { Referral, StrideCase } from '@stride/exam-schema';
import { redFlagLabels } from '@stride/exam-schema';

/** Findings that need someone else to look, though not today. */
function addRoutineReasons(input: StrideCase, reasons: string[]): void {
  if (input.history?.mechanicalSymptoms?.includes('locking') === true) {
    reasons.push('true locking: imaging to assess a meniscal tear');
  }
  if (input.exam?.effusion === 'large')
    reasons.push('large effusion: imaging and joint assessment');
  const neuro = input.exam?.neuro;
  const sensoryLoss =
    neuro?.l3DermatomeSensation === 'reduced' || neuro?.l4DermatomeSensation === 'reduced';
  const reflex = neuro?.patellarReflex;
  if (
    reflex === 'absent' ||
    (reflex === 'reduced' && (neuro?.quadricepsWeakness === true || sensoryLoss))
  ) {
    reasons.push('neurological deficit (L3/L4): spinal assessment');
  }
}

/** Any red flag means an urgent referral, whatever the differential says. */
export function assessReferral(input: StrideCase): Referral {
  const flags = input.history?.redFlags;
  const urgent = flags !== undefined && flags.length > 0;
  // Most cases have no red flags: skip the Set and the mapped copy for them.
  const reasons = urgent
    ? [...new Set(flags)].map((flag) => `red flag: ${redFlagLabels[flag]}`)
    : [];
  addRoutineReasons(input, reasons);
  return { recommended: reasons.length > 0, urgent, reasons };
}
