import type { CarePlan } from '@medplum/fhirtypes';

import type { PlanInput } from '../record';
import type { Refs } from '../references';

/** Plan states in R4's request-status value set; an older version is revoked by its successor. */
const CARE_PLAN_STATUS = {
  active: 'active',
  superseded: 'revoked',
  cancelled: 'revoked',
  discharged: 'completed',
} as const satisfies Record<PlanInput['status'], NonNullable<CarePlan['status']>>;

const ACTIVITY_STATUS = {
  active: 'in-progress',
  superseded: 'stopped',
  cancelled: 'cancelled',
  discharged: 'completed',
} as const;

export function mapCarePlan(p: PlanInput, refs: Refs): CarePlan {
  return {
    resourceType: 'CarePlan',
    id: p.id,
    status: CARE_PLAN_STATUS[p.status],
    intent: 'plan',
    title: `Treatment plan, version ${p.version}`,
    subject: refs.to('Patient', p.patientId),
    period: { start: p.startDate, ...(p.endDate ? { end: p.endDate } : {}) },
    created: p.createdAt,
    author: refs.to('Practitioner', p.createdBy),
    addresses: [refs.to('Condition', p.diagnosisId)],
    ...(p.replacesId ? { replaces: [refs.to('CarePlan', p.replacesId)] } : {}),
    activity: p.items.map((item) => ({
      detail: {
        code: { text: item.exerciseName },
        status: ACTIVITY_STATUS[p.status],
        description: `${item.dosage}, ${item.daysPerWeek} days a week. ${item.why}`,
      },
    })),
  };
}
