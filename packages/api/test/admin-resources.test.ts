import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import { schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeOrganization,
} from '@stride/db/testing';

import { auditRows, refusal } from './admin-setup-helpers';
import { TEST_NOW, testEnv } from './helpers';
import { schedulingWorld, typeId } from './scheduling-world';

const kinds = await integrationKinds();
// Monday 30 November 2026 in Los Angeles (UTC-8).
const at = (hhmm: string) => new Date(`2026-11-30T${hhmm}:00-08:00`).toISOString();

describe.each(kinds)('admin rooms on %s', (kind) => {
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

  const room = async (name: string) => {
    const detail = await w.as.admin().adminLocations.get({ locationId: w.loc.id });
    const found = detail.resources.find((r) => r.name === name);
    if (!found) throw new Error(`no room ${name}`);
    return found;
  };
  const followUpMonday = async () =>
    (
      await w.as.patient(0).scheduling.weekSlots({
        locationId: w.loc.id,
        appointmentTypeId: typeId(w.types, 'follow_up'),
        weekStart: '2026-11-30',
      })
    ).days[0]?.slots.length ?? 0;

  it('refuses to deactivate a room with upcoming bookings, naming how many, until they move', async () => {
    const admin = w.as.admin();
    const exam = await room('Exam room 1');
    const held = await w.as.patient(0).scheduling.book({
      locationId: w.loc.id,
      appointmentTypeId: typeId(w.types, 'follow_up'),
      start: at('09:00'),
      idempotencyKey: randomUUID(),
    });
    await w.as.patient(0).scheduling.confirm({ appointmentId: held.id });
    expect((await room('Exam room 1')).upcomingBookings).toBe(1);
    expect(
      await refusal(admin.adminLocations.setResourceActive({ resourceId: exam.id, active: false })),
    ).toEqual({
      code: 'CONFLICT',
      path: 'active',
      message:
        'Exam room 1 has 1 upcoming appointment. Move or cancel it on the schedule first, then deactivate the room.',
    });
    await w.as.desk().scheduling.cancel({ appointmentId: held.id });
    await admin.adminLocations.setResourceActive({ resourceId: exam.id, active: false });
    // The only exam room is out: no follow-up can be booked here, at once.
    expect(await followUpMonday()).toBe(0);
    await admin.adminLocations.setResourceActive({ resourceId: exam.id, active: true });
    expect(await followUpMonday()).toBeGreaterThan(0);
    expect((await auditRows(handle.db, w.org.id, exam.id)).map((a) => a.action)).toEqual([
      'resource.deactivate',
      'resource.reactivate',
    ]);
  });

  it('does not count a lapsed hold as a booking', async () => {
    const held = await w.as.patient(0).scheduling.book({
      locationId: w.loc.id,
      appointmentTypeId: typeId(w.types, 'initial_assessment'),
      start: at('10:00'),
      idempotencyKey: randomUUID(),
    });
    expect(held.status).toBe('held');
    const lab = await room('Gait lab');
    const later = new Date(TEST_NOW.getTime() + 10 * 60_000);
    await w.as.admin(later).adminLocations.setResourceActive({ resourceId: lab.id, active: false });
    await w.as.admin(later).adminLocations.setResourceActive({ resourceId: lab.id, active: true });
  });

  it('adds and renames rooms; a gait lab must have a treadmill; names are unique per location', async () => {
    const admin = w.as.admin();
    expect(
      await refusal(
        admin.adminLocations.addResource({
          locationId: w.loc.id,
          kind: 'gait_lab',
          name: 'Lab 2',
          hasTreadmill: false,
        }),
      ),
    ).toEqual({
      code: 'BAD_REQUEST',
      path: 'hasTreadmill',
      message: 'A gait lab needs a treadmill: tick it, or add the room as an exam room.',
    });
    const { id } = await admin.adminLocations.addResource({
      locationId: w.loc.id,
      kind: 'exam_room',
      name: 'Exam room 2',
      hasTreadmill: false,
    });
    expect(
      await refusal(
        admin.adminLocations.addResource({
          locationId: w.loc.id,
          kind: 'exam_room',
          name: 'Exam room 2',
          hasTreadmill: false,
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', path: 'name' });
    expect(
      await refusal(admin.adminLocations.renameResource({ resourceId: id, name: '  ' })),
    ).toMatchObject({
      code: 'BAD_REQUEST',
      path: 'name',
      message: 'Give the room a name.',
    });
    expect(
      await refusal(admin.adminLocations.renameResource({ resourceId: id, name: 'Exam room 1' })),
    ).toMatchObject({
      code: 'CONFLICT',
      path: 'name',
      message: 'There is already a room called Exam room 1.',
    });
    await admin.adminLocations.renameResource({ resourceId: id, name: 'Quiet room' });
    expect((await room('Quiet room')).kind).toBe('exam_room');
    const audit = await auditRows(handle.db, w.org.id, id);
    expect(audit.map((a) => a.action)).toEqual(['resource.add', 'resource.rename']);
    expect(audit[1]).toMatchObject({
      locationId: w.loc.id,
      detail: { changes: { name: { from: 'Exam room 2', to: 'Quiet room' } } },
    });
  });

  it("treats another organisation's room as not found", async () => {
    const other = await makeOrganization(handle.db, 'Rivals');
    const theirs = await makeLocation(handle.db, other.id);
    const [theirRoom] = await handle.db
      .select({ id: schema.resources.id })
      .from(schema.resources)
      .where(eq(schema.resources.locationId, theirs.id));
    if (!theirRoom) throw new Error('the other location has no room');
    const admin = w.as.admin();
    const rename = admin.adminLocations.renameResource({ resourceId: theirRoom.id, name: 'Mine' });
    expect((await refusal(rename)).code).toBe('NOT_FOUND');
    const off = admin.adminLocations.setResourceActive({ resourceId: theirRoom.id, active: false });
    expect((await refusal(off)).code).toBe('NOT_FOUND');
  });
});
