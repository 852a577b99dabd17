import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeOrganization,
} from '@stride/db/testing';

import type { LocationFields } from '../src';
import { auditRows, refusal } from './admin-setup-helpers';
import { testEnv } from './helpers';
import { schedulingWorld, typeId } from './scheduling-world';

const kinds = await integrationKinds();
const weekdays = [1, 2, 3, 4, 5, 6, 7];
const fields = (over: Partial<LocationFields> = {}): LocationFields => ({
  name: 'Santa Monica',
  addressLine1: '200 Ocean Ave',
  city: 'Santa Monica',
  region: 'CA',
  postalCode: '90401',
  timeZone: 'America/Los_Angeles',
  openingHours: weekdays.map((weekday) => ({ weekday, start: '10:00', end: '12:00' })),
  minNoticeMinutes: 120,
  bookingHorizonDays: 90,
  cancellationWindowHours: 24,
  ...over,
});
const valid = (over: Partial<LocationFields> = {}, addDefaultRooms = true) => ({
  ...fields(over),
  addDefaultRooms,
});

describe.each(kinds)('admin locations on %s', (kind) => {
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

  const mondaySlots = async (locationId: string) =>
    (
      await w.as.patient(0).scheduling.weekSlots({
        locationId,
        appointmentTypeId: typeId(w.types, 'follow_up'),
        weekStart: '2026-11-30',
      })
    ).days[0]?.slots.map((s) => s.localTime) ?? [];

  it('creates a location with default rooms that patients can book once a clinician has hours', async () => {
    const admin = w.as.admin();
    const { id } = await admin.adminLocations.create(valid());
    const detail = await admin.adminLocations.get({ locationId: id });
    expect(detail.resources.map((r) => [r.kind, r.name, r.active])).toEqual([
      ['exam_room', 'Exam room 1', true],
      ['exam_room', 'Exam room 2', true],
      ['gait_lab', 'Gait lab', true],
    ]);
    expect(detail.openingHours).toHaveLength(7);
    const options = await w.as.patient(0).scheduling.options();
    expect(options.locations.map((l) => l.name)).toContain('Santa Monica');
    expect(await mondaySlots(id)).toEqual([]);

    await admin.adminLocations.addClinician({ locationId: id, clinicianId: w.drB.id });
    expect((await admin.adminLocations.get({ locationId: id })).clinicians).toEqual([
      { id: w.drB.id, name: 'Dr B', hasHours: false },
    ]);
    await admin.availability.setWeekly({
      clinicianId: w.drB.id,
      locationId: id,
      windows: [{ weekday: 1, start: '09:00', end: '17:00' }],
    });
    // Clinician hours 09–17, location open 10–12: slots only where both hold.
    expect(await mondaySlots(id)).toEqual([
      '10:00',
      '10:15',
      '10:30',
      '10:45',
      '11:00',
      '11:15',
      '11:30',
    ]);

    // Edits reach booking at once: nothing caches the location.
    await admin.adminLocations.update({
      ...fields({ openingHours: [{ weekday: 1, start: '14:00', end: '15:00' }] }),
      locationId: id,
    });
    expect(await mondaySlots(id)).toEqual(['14:00', '14:15', '14:30']);

    const audit = await auditRows(handle.db, w.org.id, id);
    expect(audit.map((a) => a.action)).toEqual(['location.create', 'location.update']);
    expect(audit[0]).toMatchObject({ locationId: id, detail: { name: 'Santa Monica', rooms: 3 } });
    expect(audit[1]?.detail).toMatchObject({
      changes: { openingHours: { to: [{ weekday: 1, start: '14:00', end: '15:00' }] } },
    });
    expect(await auditRows(handle.db, w.org.id, w.drB.id)).toContainEqual(
      expect.objectContaining({ action: 'location.clinician.add', locationId: id }),
    );
  });

  it('starts bare when the default rooms are declined', async () => {
    const { id } = await w.as.admin().adminLocations.create(valid({ name: 'Bare' }, false));
    expect((await w.as.admin().adminLocations.get({ locationId: id })).resources).toEqual([]);
  });

  it.each([
    [{ name: ' ' }, 'name', 'Give the location name.'],
    [{ postalCode: '' }, 'postalCode', 'Give the postal code.'],
    [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone', 'Choose a time zone from the list'],
    [{ timeZone: 'Etc/GMT+8' }, 'timeZone', 'Choose a time zone from the list'],
    [{ timeZone: 'UTC' }, 'timeZone', 'Choose a time zone from the list'],
    [
      { openingHours: [{ weekday: 2, start: '18:00', end: '09:00' }] },
      'openingHours.0.end',
      'Tuesday: closing must be after opening.',
    ],
    [
      {
        openingHours: [
          { weekday: 3, start: '08:00', end: '12:00' },
          { weekday: 3, start: '11:00', end: '14:00' },
        ],
      },
      'openingHours.1.start',
      'Wednesday: two opening windows overlap.',
    ],
    [
      { openingHours: [{ weekday: 1, start: '8:00', end: '12:00' }] },
      'openingHours.0.start',
      'Use a time like 08:30.',
    ],
    [
      { minNoticeMinutes: -5 },
      'minNoticeMinutes',
      'The minimum notice must be at least 0 minutes.',
    ],
    [
      { minNoticeMinutes: 12.5 },
      'minNoticeMinutes',
      'Give the minimum notice as a whole number of minutes.',
    ],
    [
      { bookingHorizonDays: 0 },
      'bookingHorizonDays',
      'The booking horizon must be at least 1 days.',
    ],
    [
      { bookingHorizonDays: 366 },
      'bookingHorizonDays',
      'The booking horizon can be at most 365 days.',
    ],
    [
      { cancellationWindowHours: 169 },
      'cancellationWindowHours',
      'The cancellation window can be at most 168 hours.',
    ],
    [
      { cancellationWindowHours: Number.NaN },
      'cancellationWindowHours',
      'Give the cancellation window as a whole number of hours.',
    ],
  ] as const)('refuses %j beside %s', async (over, path, message) => {
    const r = await refusal(
      w.as.admin().adminLocations.create(valid(over as Partial<LocationFields>)),
    );
    expect(r.code).toBe('BAD_REQUEST');
    expect(r.path).toBe(path);
    expect(r.message).toContain(message);
  });

  it('refuses a second location of the same name, beside the name', async () => {
    await w.as.admin().adminLocations.create(valid({ name: 'Twin' }));
    expect(await refusal(w.as.admin().adminLocations.create(valid({ name: 'Twin' })))).toEqual({
      code: 'CONFLICT',
      path: 'name',
      message: 'There is already a location called Twin.',
    });
  });

  it("treats another organisation's location as not found, and only admins get through", async () => {
    const other = await makeOrganization(handle.db, 'Rivals');
    const theirs = await makeLocation(handle.db, other.id);
    const admin = w.as.admin();
    for (const call of [
      () => admin.adminLocations.get({ locationId: theirs.id }),
      () => admin.adminLocations.update({ ...fields(), locationId: theirs.id }),
      () => admin.adminLocations.addClinician({ locationId: theirs.id, clinicianId: w.drA.id }),
      () =>
        admin.adminLocations.addResource({
          locationId: theirs.id,
          kind: 'exam_room',
          name: 'X',
          hasTreadmill: false,
        }),
    ]) {
      expect((await refusal(call())).code).toBe('NOT_FOUND');
    }
    expect(
      (
        await refusal(
          admin.adminLocations.addClinician({ locationId: w.loc.id, clinicianId: w.desk.id }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect((await refusal(w.as.desk().adminLocations.get({ locationId: w.loc.id }))).code).toBe(
      'FORBIDDEN',
    );
  });
});
