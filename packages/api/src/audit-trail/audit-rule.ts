/**
 * What a procedure promises the audit log, declared in its `meta` next to its access rule.
 * `packages/api/test/audit-completeness.test.ts` walks the router: a procedure without a rule
 * fails, and every audited procedure must have a case there that proves exactly one matching row.
 */
export type AuditRule =
  | {
      kind: 'audited';
      /** The action(s) one call writes; several when the caller's role or input picks one. */
      actions: readonly [string, ...string[]];
      /** Whether the row names a patient (chart reads, clinical and booking writes). */
      patient: boolean;
      /**
       * Bulk reads (the organisation export) also write this action once for every patient they
       * contain, so each patient's own access list shows the export.
       */
      perPatient?: string;
    }
  | {
      kind: 'exempt';
      /** Why this procedure reads or writes no one patient's record on someone else's behalf. */
      why: string;
    };

/** One audit row per call naming the patient; the common case for chart reads and writes. */
export function audited(...actions: readonly [string, ...string[]]): { audit: AuditRule } {
  return { audit: { kind: 'audited', actions, patient: true } };
}

/** One audit row per call that concerns no patient (working hours, the audit log itself). */
export function auditedWithoutPatient(...actions: readonly [string, ...string[]]): {
  audit: AuditRule;
} {
  return { audit: { kind: 'audited', actions, patient: false } };
}

/** One row for the bulk read itself, plus one `perPatientAction` row per patient it contains. */
export function auditedPerPatient(action: string, perPatientAction: string): { audit: AuditRule } {
  return {
    audit: { kind: 'audited', actions: [action], patient: false, perPatient: perPatientAction },
  };
}

export function notAudited(why: string): { audit: AuditRule } {
  return { audit: { kind: 'exempt', why } };
}

/** Reasons shared by several procedures, so the log's gaps are named the same way everywhere. */
export const OWN_RECORD = 'the patient reading their own record is not an access by anyone else';
export const NO_PATIENT_DATA = 'reads no patient data';
