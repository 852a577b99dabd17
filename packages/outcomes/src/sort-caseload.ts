import type { CaseloadFlag, FlagId, Severity } from './flags/flag-schema';
import { FLAG_IDS, SEVERITIES } from './flags/flag-schema';

export interface CaseloadEntry {
  readonly patientId: string;
  readonly flags: readonly CaseloadFlag[];
}

function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

function flagRank(id: FlagId): number {
  return FLAG_IDS.indexOf(id);
}

/** Severity first, then the fixed order of `FLAG_IDS` (red flag, worsening, saphenous, …). */
export function compareFlags(a: CaseloadFlag, b: CaseloadFlag): number {
  return severityRank(a.severity) - severityRank(b.severity) || flagRank(a.id) - flagRank(b.id);
}

/** [severity rank, flag rank] of a patient's most pressing flag; unflagged patients sort last. */
function topRank(entry: CaseloadEntry): [number, number] {
  const top = [...entry.flags].sort(compareFlags)[0];
  return top === undefined
    ? [SEVERITIES.length, FLAG_IDS.length]
    : [severityRank(top.severity), flagRank(top.id)];
}

/**
 * Caseload order: most pressing flag first, then more flags, then patient id so the order is
 * stable across requests.
 */
export function compareCaseloadEntries(a: CaseloadEntry, b: CaseloadEntry): number {
  const [aSeverity, aFlag] = topRank(a);
  const [bSeverity, bFlag] = topRank(b);
  return (
    aSeverity - bSeverity ||
    aFlag - bFlag ||
    b.flags.length - a.flags.length ||
    (a.patientId < b.patientId ? -1 : a.patientId > b.patientId ? 1 : 0)
  );
}

export function sortCaseload<T extends CaseloadEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareCaseloadEntries);
}
