import { and, eq } from 'drizzle-orm';

import { schema } from '@stride/db';

import type { AuditCase } from './case';
import { forPatient, stored } from './case';

const { followUpRequests } = schema;

/**
 * Follow-up check-ins on the plan 20-plans built, then stopping that plan. The week-2 request is
 * made due today (TEST_NOW) so the patient may answer it; stopping the plan comes last.
 */
export const cases: AuditCase[] = [
  {
    path: 'followUps.saveDraft',
    as: 'patient',
    run: async (api, { w, db, state }) => {
      const [request] = await db
        .update(followUpRequests)
        .set({ dueDate: '2026-11-26' })
        .where(
          and(
            eq(followUpRequests.organizationId, w.org.id),
            eq(followUpRequests.patientId, w.patient.id),
            eq(followUpRequests.key, 'week-2'),
          ),
        )
        .returning({ id: followUpRequests.id });
      state.set('followUpId', request?.id);
      return api.followUps.saveDraft({
        requestId: stored(state, 'followUpId'),
        instrumentId: 'nprs',
        answers: { usual: 3 },
      });
    },
  },
  {
    path: 'followUps.submit',
    as: 'patient',
    run: (api, { state }) =>
      api.followUps.submit({
        requestId: stored(state, 'followUpId'),
        answers: {
          nprs: { usual: 3, worst: 5, during_running: 4 },
          running_function: {
            longest_pain_free_run: 20,
            last_run_pain: 3,
            next_morning_pain: 2,
            runs_this_week: 2,
          },
        },
      }),
  },
  {
    path: 'followUps.forPatient',
    as: 'clinician',
    run: (api, { w }) => api.followUps.forPatient(forPatient(w)),
  },
  {
    path: 'followUps.recordRaceDecision',
    as: 'clinician',
    run: (api, { state }) =>
      api.followUps.recordRaceDecision({ planId: stored(state, 'planId'), decision: 'go' }),
  },
  {
    path: 'plans.cancel',
    as: 'clinician',
    run: (api, { state }) =>
      api.plans.cancel({ planId: stored(state, 'planId'), reason: 'Audit case: plan stopped' }),
  },
];
