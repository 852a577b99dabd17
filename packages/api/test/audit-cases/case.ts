import type { Database } from '@stride/db';

import type { Api, AuditWorld, Who } from '../audit-world';

export interface CaseContext {
  w: AuditWorld;
  db: Database;
  /** What earlier cases made (encounter, plan, appointment ids), shared across case files. */
  state: Map<string, unknown>;
}

/** One call of an audited procedure; `audit-completeness.test.ts` counts the rows it writes. */
export interface AuditCase {
  path: string;
  /** `public`: called signed out (an invitation link); then `actor` names whom the row credits. */
  as: Who | 'public';
  run: (api: Api, ctx: CaseContext) => Promise<unknown>;
  actor?: (ctx: CaseContext) => Promise<{ id: string; role: string }>;
}

export function stored(state: Map<string, unknown>, key: string): string {
  const value = state.get(key);
  if (typeof value !== 'string') throw new Error(`an earlier case did not store ${key}`);
  return value;
}

export const forPatient = (w: AuditWorld): { patientId: string } => ({ patientId: w.patient.id });
