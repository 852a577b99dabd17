import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import { createTestDatabase, integrationKinds } from '@stride/db/testing';

import { testEnv } from './helpers';
import { schedulingWorld, typeId } from './scheduling-world';

const kinds = await integrationKinds();

describe.each(kinds)('working hours and time off on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof schedulingWorld>>;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await schedulingWorld(env, 1);
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });

  const mondaySlots = async (clinicianId: string) =>
    (
      await w.as.patient(0).scheduling.weekSlots({
        locationId: w.loc.id,
        appointmentTypeId: typeId(w.types, 'telehealth_checkin'),
        clinicianId,
        weekStart: '2026-11-30',
      })
    ).days[0]?.slots.map((s) => s.localTime) ?? [];

  it('a clinician changes their weekly hours and booking follows at once', async () => {
    expect((await mondaySlots(w.drA.id))[0]).toBe('08:00');
    await w.as.clinician('A').availability.setWeekly({
      locationId: w.loc.id,
      windows: [{ weekday: 1, start: '13:00', end: '15:00' }],
    });
    const slots = await mondaySlots(w.drA.id);
    expect(slots[0]).toBe('13:00');
    expect(slots.at(-1)).toBe('14:30');
    const mine = await w.as.clinician('A').availability.get({});
    expect(mine.locations[0]?.windows).toEqual([{ weekday: 1, start: '13:00', end: '15:00' }]);
  });

  it('refuses overlapping windows and backwards times with messages that say which day', async () => {
    await expect(
      w.as.clinician('A').availability.setWeekly({
        locationId: w.loc.id,
        windows: [
          { weekday: 2, start: '08:00', end: '12:00' },
          { weekday: 2, start: '11:00', end: '13:00' },
        ],
      }),
    ).rejects.toThrow(/Tuesday: two windows overlap/);
    await expect(
      w.as.clinician('A').availability.setWeekly({
        locationId: w.loc.id,
        windows: [{ weekday: 3, start: '12:00', end: '09:00' }],
      }),
    ).rejects.toThrow(/Wednesday: the end must be after the start/);
  });

  it("lets a clinician edit only their own hours, and an admin anyone's", async () => {
    await expect(
      w.as
        .clinician('A')
        .availability.setWeekly({ clinicianId: w.drB.id, locationId: w.loc.id, windows: [] }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await w.as.admin().availability.setWeekly({
      clinicianId: w.drB.id,
      locationId: w.loc.id,
      windows: [{ weekday: 1, start: '09:00', end: '10:00' }],
    });
    expect(await mondaySlots(w.drB.id)).toEqual(['09:00', '09:15', '09:30']);
  });

  it('whole-day time off removes the day; removing it brings the day back', async () => {
    const off = await w.as.admin().availability.addException({
      clinicianId: w.drB.id,
      kind: 'time_off',
      date: '2026-11-30',
      note: 'Conference',
    });
    expect(await mondaySlots(w.drB.id)).toEqual([]);
    await w.as.admin().availability.removeException({ clinicianId: w.drB.id, exceptionId: off.id });
    expect(await mondaySlots(w.drB.id)).toHaveLength(3);
    await expect(
      w.as.admin().availability.addException({
        clinicianId: w.drB.id,
        kind: 'time_off',
        date: '2026-11-30',
        startTime: '10:00',
      }),
    ).rejects.toThrow(/both a start and an end/);
  });
});
