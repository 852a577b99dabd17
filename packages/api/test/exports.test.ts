import { and, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import type { Bundle, Resource } from '@stride/fhir';
import { schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
} from '@stride/db/testing';
import { validateBundle, validateResource } from '@stride/fhir';

import type { JobRunner } from '../src';
import { startJobRunner } from '../src';
import { runOrgExport } from '../src/exports/run-org-export';
import { exportsWorld } from './exports-world';
import { callerAs, TEST_NOW, viewerFor } from './helpers';

const kinds = await integrationKinds();

describe.each(kinds)('data export on %s', (kind) => {
  let handle: DatabaseHandle;
  let runner: JobRunner;
  let w: Awaited<ReturnType<typeof exportsWorld>>;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    // Real pg-boss workers: the export job runs as it does in the server.
    runner = await startJobRunner({
      sql: handle.sql,
      db: handle.db,
      appUrl: 'http://stride.test',
      now: () => TEST_NOW,
      work: true,
    });
    w = await exportsWorld(handle.db);
  }, 60_000);
  afterAll(async () => {
    await runner?.stop();
    await handle?.close();
  });

  const env = () => ({ db: handle.db, jobs: runner.queue });
  const as = {
    admin: () => callerAs(env(), viewerFor(w.admin, w.org, 'all')),
    clinician: () => callerAs(env(), viewerFor(w.clinician, w.org, [w.north.id])),
    southClinician: () => callerAs(env(), viewerFor(w.southClinician, w.org, [w.south.id])),
    patient: () => callerAs(env(), viewerFor(w.patientUser, w.org, [])),
  };
  const audits = (action: string, patientId: string) =>
    handle.db
      .select()
      .from(schema.auditLog)
      .where(
        and(
          eq(schema.auditLog.organizationId, w.org.id),
          eq(schema.auditLog.action, action),
          eq(schema.auditLog.patientId, patientId),
        ),
      );

  it("a clinician downloads a patient's record as a valid R4 bundle, audited once", async () => {
    const file = await as.clinician().exports.patientBundle({ patientId: w.patient.id });
    const bundle = JSON.parse(file.body) as Bundle;
    expect(validateBundle(bundle)).toEqual([]);
    const types = new Set(bundle.entry?.map((e) => e.resource?.resourceType));
    expect([...types].sort()).toEqual([
      'Appointment',
      'Condition',
      'Encounter',
      'Location',
      'Observation',
      'Patient',
      'Practitioner',
      'QuestionnaireResponse',
    ]);
    const condition = bundle.entry?.find((e) => e.resource?.resourceType === 'Condition')?.resource;
    expect(JSON.stringify(condition)).toContain(
      '"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"M22.2X2"',
    );
    const rows = await audits('patient.record.export', w.patient.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorUserId: w.clinician.id, entityId: w.patient.id });
  });

  it('an admin may download it too; a clinician at another location or organisation may not', async () => {
    const file = await as.admin().exports.patientBundle({ patientId: w.patient.id });
    expect(validateBundle(JSON.parse(file.body) as Bundle)).toEqual([]);
    await expect(
      as.southClinician().exports.patientBundle({ patientId: w.patient.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      as.clinician().exports.patientBundle({ patientId: w.foreignPatient.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a patient downloads their own record and only theirs', async () => {
    const bundle = JSON.parse((await as.patient().exports.myBundle()).body) as Bundle;
    const patients = bundle.entry?.filter((e) => e.resource?.resourceType === 'Patient');
    expect(patients?.map((e) => e.resource?.id)).toEqual([w.patient.id]);
    expect(JSON.stringify(bundle)).not.toContain(w.other.id);
    await expect(
      (as.patient().exports.patientBundle as (i: unknown) => Promise<unknown>)({
        patientId: w.other.id,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await audits('patient.record.export', w.other.id)).toHaveLength(0);
  });

  it('an admin exports the organisation: a background job zips NDJSON per resource type', async () => {
    const { id } = await as.admin().exports.startOrgExport();
    await expect(as.admin().exports.startOrgExport()).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect
      .poll(
        async () => (await as.admin().exports.listOrgExports()).find((e) => e.id === id)?.status,
        { timeout: 20_000 },
      )
      .toBe('done');
    const listed = (await as.admin().exports.listOrgExports()).find((e) => e.id === id);
    const file = await as.admin().exports.orgExportFile({ exportId: id });
    const files = unzipSync(Buffer.from(file.base64, 'base64'));
    const byType: Record<string, Resource[]> = {};
    for (const [name, bytes] of Object.entries(files)) {
      if (name === 'manifest.json') continue;
      const type = name.replace('.ndjson', '');
      const lines = strFromU8(bytes).split('\n').filter(Boolean);
      byType[type] = lines.map((line) => JSON.parse(line) as Resource);
      for (const r of byType[type] ?? []) expect(r.resourceType).toBe(type);
    }
    expect(listed?.counts).toEqual(
      Object.fromEntries(Object.entries(byType).map(([t, rs]) => [t, rs.length])),
    );
    expect(listed?.sizeBytes).toBe(Buffer.from(file.base64, 'base64').length);
    expect(byType.Patient?.map((p) => p.id).sort()).toEqual([w.patient.id, w.other.id].sort());
    expect(byType.Location).toHaveLength(2);
    expect(byType.Practitioner).toHaveLength(2);
    expect(byType.Observation?.length).toBeGreaterThan(5);
    // Every reference in the export names a resource in the export.
    const all = Object.values(byType).flat();
    const ids = new Set(all.map((r) => `${r.resourceType}/${r.id ?? ''}`));
    for (const r of all) {
      expect(
        validateResource(r, (ref) => (ids.has(ref) ? (ref.split('/')[0] ?? null) : null)),
      ).toEqual([]);
    }
    expect(JSON.stringify(all)).not.toContain(w.foreignPatient.id);
    // Downloading discloses each record: every patient's access list shows it.
    expect(await audits('patient.record.export', w.other.id)).toHaveLength(1);
  });

  it('pages through rows in batches, the same result as one big batch', async () => {
    const insert = async () => {
      const [row] = await handle.db
        .insert(schema.dataExports)
        .values({ organizationId: w.org.id, requestedBy: w.admin.id })
        .returning();
      return row?.id ?? '';
    };
    const jobEnv = { db: handle.db, appUrl: 'x', now: () => TEST_NOW };
    const [small, big] = [await insert(), await insert()];
    expect(await runOrgExport(jobEnv, { organizationId: w.org.id, exportId: small }, 1)).toBe(
      'done',
    );
    expect(await runOrgExport(jobEnv, { organizationId: w.org.id, exportId: big }, 1000)).toBe(
      'done',
    );
    expect(await runOrgExport(jobEnv, { organizationId: w.org.id, exportId: big }, 1000)).toBe(
      'skipped',
    );
    const rows = await handle.db
      .select()
      .from(schema.dataExports)
      .where(eq(schema.dataExports.organizationId, w.org.id));
    const unzipped = (id: string) => {
      const f = rows.find((r) => r.id === id)?.file;
      return Object.fromEntries(
        Object.entries(unzipSync(f ?? Buffer.alloc(0))).map(([n, b]) => [n, strFromU8(b)]),
      );
    };
    expect(unzipped(small)).toEqual(unzipped(big));
  });

  it('records a failure with its message', async () => {
    const org = await makeOrganization(handle.db, 'Broken');
    const loc = await makeLocation(handle.db, org.id);
    const admin = await makeMember(handle.db, org.id, 'admin');
    const patient = await handle.db
      .insert(schema.patients)
      .values({
        organizationId: org.id,
        givenName: 'A',
        familyName: 'B',
        sex: 'male',
        dateOfBirth: '1980-01-01',
        homeLocationId: loc.id,
      })
      .returning();
    const clinician = await makeMember(handle.db, org.id, 'clinician', { locationIds: [loc.id] });
    await handle.db.insert(schema.encounters).values({
      organizationId: org.id,
      patientId: patient[0]?.id ?? '',
      clinicianId: clinician.id,
      locationId: loc.id,
      exam: { format: 'not-a-record' },
    });
    const caller = callerAs(env(), viewerFor(admin, org, 'all'));
    const { id } = await caller.exports.startOrgExport();
    await expect
      .poll(async () => (await caller.exports.listOrgExports())[0]?.status, { timeout: 20_000 })
      .toBe('failed');
    expect((await caller.exports.listOrgExports())[0]?.error).toMatch(
      /exam record Stride cannot read/,
    );
    await expect(caller.exports.orgExportFile({ exportId: id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // Another organisation's admin cannot see or fetch this export.
    expect((await as.admin().exports.listOrgExports()).map((e) => e.id)).not.toContain(id);
    await expect(as.admin().exports.orgExportFile({ exportId: id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
