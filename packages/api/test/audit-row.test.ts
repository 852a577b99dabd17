import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import { inTenant, rawRows, schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
} from '@stride/db/testing';

import { emitAudit } from '../src/audit';
import { viewerFor } from './helpers';

/**
 * emitAudit's insert is rendered once and bound per call (renderedWithPlaceholders): each row
 * must still say exactly what the call gave it, with the location looked up only when missing.
 */
const kinds = await integrationKinds();

describe.each(kinds)('an audit row on %s', (kind) => {
  let handle: DatabaseHandle;
  let w: Awaited<ReturnType<typeof world>>;

  async function world(db: DatabaseHandle['db']) {
    const org = await makeOrganization(db);
    const home = await makeLocation(db, org.id);
    const visited = await makeLocation(db, org.id);
    const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [home.id] });
    const patient = await makePatient(db, org.id, { homeLocationId: home.id });
    return { org, home, visited, clinician, patient };
  }

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    w = await world(handle.db);
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
  });

  const write = (entry: Parameters<typeof emitAudit>[2]) =>
    inTenant(handle.db, { organizationId: w.org.id }, (tx) =>
      emitAudit(tx, viewerFor(w.clinician, w.org, [w.home.id]), entry),
    );
  const rowOf = async (entityId: string) => {
    const [row] = await handle.db
      .select()
      .from(schema.auditLog)
      .where(
        and(eq(schema.auditLog.organizationId, w.org.id), eq(schema.auditLog.entityId, entityId)),
      );
    if (!row) throw new Error(`no audit row for ${entityId}`);
    // SQL null, not JSON null: the log's readers test `detail is null`.
    const [{ sqlNull } = { sqlNull: undefined }] = await rawRows<{ sqlNull: boolean }>(
      handle.db,
      sql`select detail is null as "sqlNull" from audit_log
          where organization_id = ${w.org.id} and entity_id = ${entityId}`,
    );
    return { ...row, sqlNull };
  };

  it("names the patient's home location when the call gives none, and the given one else", async () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    await write({ action: 'x.read', entityType: 'thing', entityId: a, patientId: w.patient.id });
    await write({
      action: 'x.update',
      entityType: 'thing',
      entityId: b,
      patientId: w.patient.id,
      locationId: w.visited.id,
      outcome: 'denied',
      detail: { reason: 'it\'s "quoted"', n: 2 },
    });
    await write({ action: 'x.list', entityType: 'list', entityId: c });
    expect(await rowOf(a)).toMatchObject({
      actorUserId: w.clinician.id,
      actorRole: 'clinician',
      action: 'x.read',
      entityType: 'thing',
      patientId: w.patient.id,
      locationId: w.home.id,
      outcome: 'success',
      detail: null,
      sqlNull: true,
    });
    expect(await rowOf(b)).toMatchObject({
      action: 'x.update',
      patientId: w.patient.id,
      locationId: w.visited.id,
      outcome: 'denied',
      detail: { reason: 'it\'s "quoted"', n: 2 },
      sqlNull: false,
    });
    expect(await rowOf(c)).toMatchObject({ patientId: null, locationId: null, sqlNull: true });
  });
});
