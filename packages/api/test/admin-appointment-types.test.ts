import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeAppointmentTypes,
  makeOrganization,
} from '@stride/db/testing';

import type { AppointmentTypeFields } from '../src';
import { auditRows, refusal } from './admin-setup-helpers';
import { testEnv } from './helpers';
import { schedulingWorld } from './scheduling-world';

const kinds = await integrationKinds();
const fields = (over: Partial<AppointmentTypeFields> = {}): AppointmentTypeFields => ({
  name: 'Run review',
  durationMinutes: 40,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  resourceKinds: ['exam_room'],
  bookableOnline: true,
  active: true,
  ...over,
});

describe.each(kinds)('admin appointment types on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof schedulingWorld>>;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await schedulingWorld(env, 1);
    // One clinician on Mondays 08:00–10:00 keeps the slot lists short.
    for (const dr of [w.drA, w.drB])
      await w.as.admin().availability.setWeekly({
        clinicianId: dr.id,
        locationId: w.loc.id,
        windows: dr === w.drA ? [{ weekday: 1, start: '08:00', end: '10:00' }] : [],
      });
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });

  const mondayAs = async (who: 'patient' | 'desk', appointmentTypeId: string) =>
    (
      await (who === 'patient' ? w.as.patient(0) : w.as.desk()).scheduling.weekSlots({
        locationId: w.loc.id,
        appointmentTypeId,
        weekStart: '2026-11-30',
      })
    ).days[0]?.slots.map((s) => s.localTime) ?? [];

  it('creates a type patients can book at once; edits and deactivation reach booking at once', async () => {
    const admin = w.as.admin();
    const { id } = await admin.adminAppointmentTypes.create(fields());
    expect((await w.as.patient(0).scheduling.options()).appointmentTypes).toContainEqual(
      expect.objectContaining({ id, key: 'run_review', name: 'Run review', durationMinutes: 40 }),
    );
    // The 40 minutes must end by 10:00 (the buffer after only keeps the room and clinician free).
    expect(await mondayAs('patient', id)).toEqual([
      '08:00',
      '08:15',
      '08:30',
      '08:45',
      '09:00',
      '09:15',
    ]);

    await admin.adminAppointmentTypes.update({
      ...fields({ durationMinutes: 60, bufferAfterMinutes: 0 }),
      appointmentTypeId: id,
    });
    expect(await mondayAs('patient', id)).toEqual(['08:00', '08:15', '08:30', '08:45', '09:00']);
    await admin.adminAppointmentTypes.update({
      ...fields({ durationMinutes: 90, bufferAfterMinutes: 15 }),
      appointmentTypeId: id,
    });
    expect(await mondayAs('patient', id)).toEqual(['08:00', '08:15', '08:30']);

    // Not bookable online: staff still book it, patients are told to call.
    await admin.adminAppointmentTypes.update({
      ...fields({ bookableOnline: false }),
      appointmentTypeId: id,
    });
    expect(
      (await w.as.patient(0).scheduling.options()).appointmentTypes.map((t) => t.id),
    ).not.toContain(id);
    expect(await refusal(mondayAs('patient', id))).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await mondayAs('desk', id)).toContain('08:00');

    await admin.adminAppointmentTypes.update({
      ...fields({ active: false }),
      appointmentTypeId: id,
    });
    expect(
      (await w.as.desk().scheduling.options()).appointmentTypes.map((t) => t.id),
    ).not.toContain(id);
    expect(await refusal(mondayAs('desk', id))).toMatchObject({ code: 'NOT_FOUND' });

    const audit = await auditRows(handle.db, w.org.id, id);
    expect(audit.map((a) => a.action)).toEqual([
      'appointment_type.create',
      'appointment_type.update',
      'appointment_type.update',
      'appointment_type.update',
      'appointment_type.update',
    ]);
    expect(audit[1]?.detail).toEqual({
      changes: {
        durationMinutes: { from: 40, to: 60 },
        bufferAfterMinutes: { from: 10, to: 0 },
      },
    });
  });

  it('needs the rooms it names: a gait-lab type has no slots where the lab is out', async () => {
    const { id } = await w.as
      .admin()
      .adminAppointmentTypes.create(
        fields({ name: 'Treadmill check', resourceKinds: ['gait_lab'] }),
      );
    const lab = (await w.as.admin().adminLocations.get({ locationId: w.loc.id })).resources.find(
      (r) => r.kind === 'gait_lab',
    );
    if (!lab) throw new Error('no gait lab');
    expect(await mondayAs('patient', id)).not.toEqual([]);
    await w.as.admin().adminLocations.setResourceActive({ resourceId: lab.id, active: false });
    expect(await mondayAs('patient', id)).toEqual([]);
    await w.as.admin().adminLocations.setResourceActive({ resourceId: lab.id, active: true });
  });

  it.each([
    [{ name: '' }, 'name', 'Give the appointment type a name.'],
    [{ name: 'x'.repeat(81) }, 'name', 'Keep the name under 80 characters.'],
    [{ durationMinutes: 4 }, 'durationMinutes', 'The duration must be at least 5 minutes.'],
    [{ durationMinutes: 481 }, 'durationMinutes', 'The duration can be at most 480 minutes.'],
    [{ durationMinutes: 7.5 }, 'durationMinutes', 'Give the duration in whole minutes.'],
    [
      { bufferBeforeMinutes: -1 },
      'bufferBeforeMinutes',
      'The buffer before must be at least 0 minutes.',
    ],
    [
      { bufferAfterMinutes: 121 },
      'bufferAfterMinutes',
      'The buffer after can be at most 120 minutes.',
    ],
    [{ resourceKinds: ['exam_room', 'exam_room'] }, 'resourceKinds', 'Choose each room kind once.'],
    [{ resourceKinds: ['treadmill'] }, 'resourceKinds.0', 'Choose exam room or gait lab.'],
  ] as const)('refuses %j beside %s', async (over, path, message) => {
    const input = fields(over as unknown as Partial<AppointmentTypeFields>);
    const r = await refusal(w.as.admin().adminAppointmentTypes.create(input));
    expect(r).toEqual({ code: 'BAD_REQUEST', path, message });
  });

  it('refuses a duplicate name whatever the case, and numbers keys that would collide', async () => {
    await w.as.admin().adminAppointmentTypes.create(fields({ name: 'Shoe fitting' }));
    expect(
      await refusal(w.as.admin().adminAppointmentTypes.create(fields({ name: 'SHOE FITTING' }))),
    ).toEqual({
      code: 'CONFLICT',
      path: 'name',
      message: 'There is already an appointment type called SHOE FITTING.',
    });
    const { id } = await w.as
      .admin()
      .adminAppointmentTypes.create(fields({ name: 'Shoe-fitting!' }));
    expect((await w.as.admin().adminAppointmentTypes.get({ appointmentTypeId: id })).key).toBe(
      'shoe_fitting_2',
    );
  });

  it("treats another organisation's type as not found and lists only its own", async () => {
    const other = await makeOrganization(handle.db, 'Rivals');
    const theirs = await makeAppointmentTypes(handle.db, other.id);
    const theirId = Object.values(theirs)[0] ?? '';
    const admin = w.as.admin();
    expect(
      (await refusal(admin.adminAppointmentTypes.get({ appointmentTypeId: theirId }))).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await refusal(
          admin.adminAppointmentTypes.update({
            ...fields({ name: 'Mine now' }),
            appointmentTypeId: theirId,
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    const ids = (await admin.adminAppointmentTypes.list()).map((t) => t.id);
    expect(ids).toContain(w.types.follow_up);
    expect(ids).not.toContain(theirId);
  });
});
