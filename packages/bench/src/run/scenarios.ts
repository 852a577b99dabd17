import type { Request } from 'autocannon';
import { randomUUID } from 'node:crypto';

import { benchId, KIND } from '../data/shape';
import { call, mutationBody, queryPath } from './http';

/** `context` rows are measured beside the targets, not judged against them. */
export type ScenarioKind = 'read' | 'write' | 'report' | 'ceiling' | 'context';

export interface Scenario {
  name: string;
  kind: ScenarioKind;
  requests: Request[];
  /** A fixed request count, for scenarios that use up a slot or an appointment per request. */
  amount?: number;
  /** Connections, when not the run's default (the report is one or two admins, not fifty). */
  connections?: number;
}

export interface Sessions {
  patient: string;
  frontDesk: string;
  clinician: string;
  admin: string;
}

const LOCATION = benchId(KIND.location, 1);
const FOLLOW_UP = benchId(KIND.type, 3);
const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Cycles through values: each request of a scenario reads a different row. */
function rotating(make: (i: number) => Partial<Request>): Request['setupRequest'] {
  let i = 0;
  return (req) => ({ ...req, ...make(i++) });
}

interface WeekSlots {
  /** Slots name their clinicians as positions in this list. */
  clinicians: { id: string }[];
  days: { slots: { start: string; clinicians: number[] }[] }[];
}

/** Free (start, clinician) pairs at location 1 over the coming weeks: one booking each. */
export async function freeSlots(baseUrl: string, cookie: string, anchor: string, weeks: number) {
  const out: { start: string; clinicianId: string }[] = [];
  for (let w = 1; w <= weeks; w++) {
    const input = {
      locationId: LOCATION,
      appointmentTypeId: FOLLOW_UP,
      weekStart: addDays(anchor, 7 * w),
    };
    const week = await call<WeekSlots>(baseUrl, queryPath('scheduling.weekSlots', input), cookie);
    // Every other quarter hour, so two bookings of one clinician never straddle each other.
    for (const d of week.days)
      for (const [i, s] of d.slots.entries())
        if (i % 3 === 0)
          for (const position of s.clinicians) {
            const clinicianId = week.clinicians[position]?.id;
            if (clinicianId) out.push({ start: s.start, clinicianId });
          }
  }
  return out;
}

function slotsScenario(cookie: string, anchor: string): Omit<Scenario, 'name' | 'kind'> {
  const path = queryPath('scheduling.weekSlots', {
    locationId: LOCATION,
    appointmentTypeId: FOLLOW_UP,
    weekStart: addDays(anchor, 7),
  });
  return { requests: [{ method: 'GET', headers: { cookie }, path }] };
}

/** The slots scenario on a server started with STRIDE_SLOT_CACHE=off: every week computed. */
export function coldSlotsScenario(cookie: string, anchor: string): Scenario {
  return {
    ...slotsScenario(cookie, anchor),
    name: 'context: the same week, slot cache off',
    kind: 'context',
  };
}

export function readScenarios(s: Sessions, anchor: string, encounterIds: string[]): Scenario[] {
  const get = (cookie: string, setup: Request['setupRequest'], path?: string): Request[] => [
    {
      method: 'GET',
      headers: { cookie },
      ...(path ? { path } : {}),
      ...(setup ? { setupRequest: setup } : {}),
    },
  ];
  const year = { from: addDays(anchor, -365), to: addDays(anchor, -1) };
  return [
    {
      name: 'trivial tRPC (health.ping)',
      kind: 'ceiling',
      requests: [{ method: 'GET', path: queryPath('health.ping') }],
    },
    { ...slotsScenario(s.patient, anchor), name: 'week of any-clinician slots', kind: 'read' },
    {
      name: 'caseload with flags',
      kind: 'read',
      requests: get(s.clinician, undefined, queryPath('caseload.list', {})),
    },
    {
      name: 'open a patient chart',
      kind: 'read',
      requests: get(
        s.clinician,
        rotating((i) => ({
          path: queryPath('patients.getChart', { patientId: benchId(KIND.patient, 1 + (i % 500)) }),
        })),
      ),
    },
    {
      name: 'diagnosis panel (encounter + priors)',
      kind: 'read',
      requests: get(
        s.clinician,
        rotating((i) => ({
          path: `/api/trpc/encounters.get,priors.list?batch=1&input=${encodeURIComponent(
            JSON.stringify({ 0: { json: { encounterId: encounterIds[i % encounterIds.length] } } }),
          )}`,
        })),
      ),
    },
    {
      name: 'report: utilisation, all locations, 1 year',
      kind: 'report',
      connections: 2,
      requests: get(s.admin, undefined, queryPath('reports.utilisation', year)),
    },
  ];
}

/** Front desk books distinct free slots, then cancels exactly those appointments. */
export function bookingScenario(
  cookie: string,
  slots: { start: string; clinicianId: string }[],
  booked: string[],
): Scenario {
  return {
    name: 'book a slot (front desk)',
    kind: 'write',
    amount: slots.length,
    requests: [
      {
        method: 'POST',
        path: '/api/trpc/scheduling.book',
        headers: { cookie, 'content-type': 'application/json' },
        setupRequest: rotating((i) => {
          const slot = slots[i % slots.length];
          return {
            body: mutationBody({
              locationId: LOCATION,
              appointmentTypeId: FOLLOW_UP,
              ...slot,
              patientId: benchId(KIND.patient, 1 + (i % 5000)),
              idempotencyKey: randomUUID(),
            }),
          };
        }),
        onResponse: (status, body) => {
          if (status !== 200) return;
          const id = (JSON.parse(body) as { result: { data: { json: { id: string } } } }).result
            .data.json.id;
          booked.push(id);
        },
      },
    ],
  };
}

export function cancelScenario(cookie: string, booked: string[]): Scenario {
  return {
    name: 'cancel an appointment (front desk)',
    kind: 'write',
    amount: booked.length,
    requests: [
      {
        method: 'POST',
        path: '/api/trpc/scheduling.cancel',
        headers: { cookie, 'content-type': 'application/json' },
        setupRequest: rotating((i) => ({
          body: mutationBody({ appointmentId: booked[i % booked.length] }),
        })),
      },
    ],
  };
}
