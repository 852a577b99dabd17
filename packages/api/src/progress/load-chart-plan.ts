import { and, desc, eq, inArray } from 'drizzle-orm';

import type { Database } from '@stride/db';
import type { Plan } from '@stride/treatment';
import { schema } from '@stride/db';
import { localDateOf } from '@stride/scheduling';
import { planSchema } from '@stride/treatment';

import { notFound } from '../errors';

const { discharges, locations, patients, plans } = schema;

export interface ChartPlan {
  id: string;
  status: 'active' | 'discharged';
  content: Plan;
  /** The last day the plan ran: today while active, the discharge day once discharged. */
  endDay: string;
}

/** The patient's time zone and today's date there, for every date on the progress views. */
export async function patientClock(
  db: Database,
  organizationId: string,
  patientId: string,
  now: Date,
): Promise<{ timeZone: string; today: string }> {
  const [row] = await db
    .select({ timeZone: locations.timeZone })
    .from(patients)
    .innerJoin(
      locations,
      and(
        eq(locations.organizationId, patients.organizationId),
        eq(locations.id, patients.homeLocationId),
      ),
    )
    .where(and(eq(patients.organizationId, organizationId), eq(patients.id, patientId)));
  if (!row) throw notFound('That patient');
  return { timeZone: row.timeZone, today: localDateOf(now.getTime(), row.timeZone) };
}

/** The plan progress is charted against: the active one, else the most recently discharged. */
export async function loadChartPlan(
  db: Database,
  organizationId: string,
  patientId: string,
  clock: { timeZone: string; today: string },
): Promise<ChartPlan | null> {
  const [row] = await db
    .select({
      id: plans.id,
      status: plans.status,
      content: plans.content,
      dischargedAt: discharges.dischargedAt,
    })
    .from(plans)
    .leftJoin(
      discharges,
      and(eq(discharges.organizationId, plans.organizationId), eq(discharges.planId, plans.id)),
    )
    .where(
      and(
        eq(plans.organizationId, organizationId),
        eq(plans.patientId, patientId),
        inArray(plans.status, ['active', 'discharged']),
      ),
    )
    // An active plan outranks a discharged one; among equals the newest version wins.
    .orderBy(plans.status, desc(plans.version))
    .limit(1);
  if (!row || (row.status !== 'active' && row.status !== 'discharged')) return null;
  const parsed = planSchema.safeParse(row.content);
  if (!parsed.success) return null;
  const endDay = row.dischargedAt
    ? localDateOf(row.dischargedAt.getTime(), clock.timeZone)
    : clock.today;
  return { id: row.id, status: row.status, content: parsed.data, endDay };
}
