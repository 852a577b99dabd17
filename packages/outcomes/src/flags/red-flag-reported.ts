import type { CaseloadPatient } from '../caseload-schemas';
import type { CaseloadFlag } from './flag-schema';

/** Any red flag the patient reported that no clinician has reviewed yet. */
export function redFlagReportedFlag(patient: CaseloadPatient): CaseloadFlag | null {
  const open = patient.redFlags.filter((flag) => !flag.reviewed);
  if (open.length === 0) return null;
  return {
    id: 'red_flag_reported',
    severity: 'urgent',
    message: `Red flag reported (${open.map((flag) => flag.label).join('; ')}): review today and refer if needed.`,
    evidence: {
      redFlagIds: open.map((flag) => flag.id),
      reportedOn: open.map((flag) => flag.reportedOn).sort(),
    },
  };
}
