import { and, desc, eq } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import type { AuditCase } from './case';
import { forPatient } from './case';

const { plans } = schema;

/**
 * An active plan to discharge. Earlier cases may have cancelled it (follow-ups end with
 * plans.cancel), so a next version is written straight to the table: no audit row of its own.
 */
async function activePlanId(db: Database, org: string, patientId: string): Promise<string> {
  const [latest] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.organizationId, org), eq(plans.patientId, patientId)))
    .orderBy(desc(plans.version))
    .limit(1);
  if (!latest) throw new Error('an earlier case did not create a plan');
  if (latest.status === 'active') return latest.id;
  const [next] = await db
    .insert(plans)
    .values({
      organizationId: org,
      patientId,
      diagnosisId: latest.diagnosisId,
      version: latest.version + 1,
      content: latest.content,
      startDate: latest.startDate,
      createdBy: latest.createdBy,
    })
    .returning({ id: plans.id });
  if (!next) throw new Error('no plan inserted');
  return next.id;
}

/** Progress charts, the gait re-test, the saphenous action and discharge (issue 6). */
export const cases: AuditCase[] = [
  {
    path: 'progress.chart',
    as: 'clinician',
    run: (api, { w }) => api.progress.chart(forPatient(w)),
  },
  {
    path: 'progress.gaitComparison',
    as: 'clinician',
    run: (api, { w }) => api.progress.gaitComparison(forPatient(w)),
  },
  {
    path: 'progress.saphenousPrompt',
    as: 'clinician',
    run: (api, { w }) => api.progress.saphenousPrompt(forPatient(w)),
  },
  {
    path: 'progress.recordPriorCareFailed',
    as: 'clinician',
    run: (api, { w }) => api.progress.recordPriorCareFailed(forPatient(w)),
  },
  {
    path: 'progress.dischargeReview',
    as: 'clinician',
    run: (api, { w }) => api.progress.dischargeReview(forPatient(w)),
  },
  {
    path: 'progress.discharge',
    as: 'clinician',
    run: async (api, { w, db }) =>
      api.progress.discharge({
        ...forPatient(w),
        planId: await activePlanId(db, w.org.id, w.patient.id),
        note: 'Audit case discharge.',
      }),
  },
];
