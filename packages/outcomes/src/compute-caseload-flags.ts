import type { CaseloadPatientInput } from './caseload-schemas';
import type { CaseloadFlag } from './flags/flag-schema';
import { caseloadPatientSchema } from './caseload-schemas';
import { lowAdherenceFlag } from './flags/low-adherence';
import { missedFollowUpFlag } from './flags/missed-follow-up';
import { notImprovingFlag } from './flags/not-improving';
import { raceWithoutGoFlag } from './flags/race-without-go';
import { redFlagReportedFlag } from './flags/red-flag-reported';
import { saphenousPromptFlag } from './flags/saphenous-prompt';
import { worseningFlag } from './flags/worsening';
import { compareFlags } from './sort-caseload';

/**
 * Names the flag rules as they are now. Stored flags computed under another value are computed
 * again, so change it with any rule, threshold or message (the caseload caches flags per day).
 */
export const CASELOAD_RULES_VERSION = 'caseload-flags/2026-11-26';

/** Every caseload flag that holds for one patient today, most urgent first. */
export function computeCaseloadFlags(input: CaseloadPatientInput): CaseloadFlag[] {
  const patient = caseloadPatientSchema.parse(input);
  const today = patient.today;
  const flags = [
    redFlagReportedFlag(patient),
    worseningFlag(patient, today),
    saphenousPromptFlag(patient, today),
    raceWithoutGoFlag(patient, today),
    notImprovingFlag(patient, today),
    missedFollowUpFlag(patient, today),
    lowAdherenceFlag(patient, today),
  ];
  return flags.filter((flag): flag is CaseloadFlag => flag !== null).sort(compareFlags);
}
