import type { DatabaseHandle } from '@stride/db';
import { schema } from '@stride/db';
import { makeWorkingHours } from '@stride/db/testing';

import type { ReportWorld } from './report-world';

export /** Appointments, hours and sign-ups for one week either side of the DST change (8 March). */
async function buildWeek(db: DatabaseHandle['db'], w: ReportWorld) {
  const { org, a, b, c1, c2 } = w;
  await makeWorkingHours(db, org.id, c1.id, a.id, [1, 2, 3, 4, 5], {
    start: '08:00',
    end: '17:00',
  });
  // Bravo opens 09:00–17:00, so two of these ten hours cannot be booked.
  await makeWorkingHours(db, org.id, c2.id, b.id, [1], { start: '08:00', end: '18:00' });
  const off = (clinicianId: string, date: string, startTime?: string, endTime?: string) => ({
    organizationId: org.id,
    clinicianId,
    kind: 'time_off' as const,
    date,
    startTime: startTime ?? null,
    endTime: endTime ?? null,
  });
  await db.insert(schema.availabilityExceptions).values([
    off(c1.id, '2026-03-04'),
    off(c1.id, '2026-03-05', '12:00', '14:00'),
    // Overlapping time off counts once: 12:00–13:30 is 1.5 hours, not 2.
    off(c1.id, '2026-03-06', '12:00', '13:00'),
    off(c1.id, '2026-03-06', '12:30', '13:30'),
    off(c1.id, '2026-03-06', '18:00', '20:00'),
    off(c2.id, '2026-03-04'),
    { ...off(c1.id, '2026-03-07', '09:00', '12:00'), kind: 'extra_hours', locationId: a.id },
  ]);
  const pa = await w.patient(a.id, c1.id);
  const pb = await w.patient(b.id, c2.id);
  const gait = await w.gaitLab(a.id);
  const at = (
    o: Omit<Parameters<ReportWorld['appointment']>[0], 'locationId' | 'clinicianId' | 'patientId'>,
  ) => w.appointment({ locationId: a.id, clinicianId: c1.id, patientId: pa, ...o });
  const clin = (from: string, to: string) => ({
    kind: 'clinician' as const,
    resourceId: c1.id,
    from,
    to,
  });
  await at({
    start: '2026-03-02T17:00:00Z',
    end: '2026-03-02T18:00:00Z',
    status: 'completed',
    allocations: [
      clin('2026-03-02T17:00:00Z', '2026-03-02T18:15:00Z'),
      {
        kind: 'gait_lab',
        resourceId: gait,
        from: '2026-03-02T17:00:00Z',
        to: '2026-03-02T18:15:00Z',
      },
    ],
  });
  await at({
    start: '2026-03-03T18:00:00Z',
    end: '2026-03-03T18:30:00Z',
    status: 'checked_in',
    allocations: [clin('2026-03-03T18:00:00Z', '2026-03-03T18:45:00Z')],
  });
  // 23:30 on Sunday 1 March in Los Angeles: half of it falls inside the week, the visit does not.
  await at({
    start: '2026-03-02T07:30:00Z',
    end: '2026-03-02T08:30:00Z',
    status: 'completed',
    allocations: [clin('2026-03-02T07:30:00Z', '2026-03-02T08:30:00Z')],
  });
  await at({
    start: '2026-03-05T17:00:00Z',
    end: '2026-03-05T17:30:00Z',
    status: 'no_show',
    allocations: [clin('2026-03-05T17:00:00Z', '2026-03-05T17:30:00Z')],
  });
  await at({
    start: '2026-03-06T17:00:00Z',
    end: '2026-03-06T18:00:00Z',
    status: 'cancelled',
    cancelledAt: '2026-03-03T17:00:00Z',
    allocations: [clin('2026-03-06T17:00:00Z', '2026-03-06T18:15:00Z')],
  });
  await at({
    start: '2026-03-06T19:00:00Z',
    end: '2026-03-06T19:30:00Z',
    status: 'cancelled',
    cancelledAt: '2026-03-06T17:00:00Z',
  });
  await at({
    start: '2026-03-06T22:00:00Z',
    end: '2026-03-06T22:30:00Z',
    status: 'cancelled',
    cancelledAt: '2026-03-06T22:10:00Z',
  });
  await at({
    start: '2026-03-06T23:00:00Z',
    end: '2026-03-06T23:30:00Z',
    status: 'cancelled',
    cancelledAt: '2026-03-06T22:00:00Z',
    cancelReason: 'Rescheduled',
  });
  await at({ start: '2026-03-02T23:00:00Z', end: '2026-03-02T23:30:00Z', status: 'held' });
  await at({
    start: '2026-03-09T16:00:00Z',
    end: '2026-03-09T17:00:00Z',
    status: 'completed',
    allocations: [clin('2026-03-09T16:00:00Z', '2026-03-09T17:00:00Z')],
  });
  const bAt = (
    o: Omit<Parameters<ReportWorld['appointment']>[0], 'locationId' | 'clinicianId' | 'patientId'>,
  ) => w.appointment({ locationId: b.id, clinicianId: c2.id, patientId: pb, ...o });
  await bAt({
    start: '2026-03-02T17:00:00Z',
    end: '2026-03-02T18:00:00Z',
    status: 'completed',
    allocations: [
      {
        kind: 'clinician',
        resourceId: c2.id,
        from: '2026-03-02T17:00:00Z',
        to: '2026-03-02T18:00:00Z',
      },
    ],
  });
  // 30 hours' notice: early at Alpha (24 h window), late at Bravo (48 h).
  await bAt({
    start: '2026-03-04T17:00:00Z',
    end: '2026-03-04T18:00:00Z',
    status: 'cancelled',
    cancelledAt: '2026-03-03T11:00:00Z',
  });
  for (const [loc, clinician, createdAt, source] of [
    [a.id, c1.id, '2026-03-03T18:00:00Z', 'physician'],
    [a.id, c1.id, '2026-03-04T18:00:00Z', 'running_club'],
    [a.id, c1.id, '2026-03-06T18:00:00Z', 'physician'],
    [a.id, c1.id, '2026-03-05T18:00:00Z', null],
    [a.id, c1.id, '2026-03-10T18:00:00Z', 'coach'],
    // 23:30 on 8 March in Los Angeles (already summer time): inside the week.
    [a.id, c1.id, '2026-03-09T06:30:00Z', 'web_search'],
    // 23:30 on 1 March in Los Angeles: before the week, though its UTC date is 2 March.
    [a.id, c1.id, '2026-03-02T07:30:00Z', 'other'],
    [b.id, c2.id, '2026-03-02T08:00:00Z', 'self'],
  ] as const) {
    await w.patient(loc, clinician, createdAt, source);
  }
}
