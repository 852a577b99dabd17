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

/**
 * Where a patient's flags put them in the caseload, as numbers a database can ORDER BY: the
 * most pressing flag's severity and flag rank (ascending; unflagged patients after every
 * flagged one), then the number of flags (descending). The caseload stores this beside its
 * cached flags, so SQL pages in exactly the order `compareCaseloadEntries` sorts in.
 */
export interface CaseloadRank {
  readonly topSeverity: number;
  readonly topFlag: number;
  readonly flagCount: number;
}

export function caseloadRank(
  flags: readonly Pick<CaseloadFlag, 'id' | 'severity'>[],
): CaseloadRank {
  let topSeverity: number = SEVERITIES.length;
  let topFlag: number = FLAG_IDS.length;
  for (const flag of flags) {
    const severity = severityRank(flag.severity);
    const id = flagRank(flag.id);
    if (severity < topSeverity || (severity === topSeverity && id < topFlag)) {
      topSeverity = severity;
      topFlag = id;
    }
  }
  return { topSeverity, topFlag, flagCount: flags.length };
}

/**
 * Caseload order: most pressing flag first, then more flags, then patient id so the order is
 * stable across requests.
 */
export function compareCaseloadEntries(a: CaseloadEntry, b: CaseloadEntry): number {
  const ra = caseloadRank(a.flags);
  const rb = caseloadRank(b.flags);
  return (
    ra.topSeverity - rb.topSeverity ||
    ra.topFlag - rb.topFlag ||
    rb.flagCount - ra.flagCount ||
    (a.patientId < b.patientId ? -1 : a.patientId > b.patientId ? 1 : 0)
  );
}

export function sortCaseload<T extends CaseloadEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareCaseloadEntries);
}
