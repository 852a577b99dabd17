import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import { createTestDatabase, integrationKinds, makeMember } from '@stride/db/testing';

import type { ReportWorld } from './report-world';
import { csvCell, toCsv } from '../src/reports/csv';
import { callerAs, testEnv, viewerFor } from './helpers';
import { reportWorld } from './report-world';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1 555', `"'+1 555"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tTab', `"'\tTab"`],
    ['Casey, One', '"Casey, One"'],
    ['plain', '"plain"'],
  ])('%j is written as text: %s', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('writes numbers plainly and nothing for a missing value', () => {
    expect([csvCell(-2.5), csvCell(0), csvCell(null), csvCell(Number.NaN)]).toEqual([
      '-2.5',
      '0',
      '',
      '',
    ]);
    expect(toCsv(['a', 'b'], [[1, 'x\ny']])).toBe('"a","b"\r\n1,"x\ny"\r\n');
  });
});

const kinds = await integrationKinds();

describe.each(kinds)('report CSV downloads on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: ReportWorld;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await reportWorld(handle.db);
    // A clinician whose name a spreadsheet would run as a formula.
    const hostile = await makeMember(handle.db, w.org.id, 'clinician', {
      locationIds: [w.a.id],
      name: '=cmd|"/c calc"!A1',
    });
    const patientId = await w.patient(w.a.id, hostile.id);
    await w.appointment({
      locationId: w.a.id,
      clinicianId: hostile.id,
      patientId,
      start: '2026-03-02T17:00:00Z',
      end: '2026-03-02T18:00:00Z',
      status: 'no_show',
    });
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });

  it('names the file after the table and range and neutralises formulas', async () => {
    const caller = callerAs(env, viewerFor(w.admin, w.org, 'all'));
    const file = await caller.reports.csv({
      table: 'attendance',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(file.filename).toBe('stride-attendance-2026-03-01-to-2026-03-31.csv');
    const lines = file.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '"Location","Clinician","Appointments","Attended","No-shows","Late cancellations",' +
        '"Early cancellations","No-show rate","Late-cancellation rate"',
    );
    expect(lines[1]).toBe(`"Alpha","'=cmd|""/c calc""!A1",1,0,1,0,0,1,0`);
    expect(lines[2]).toBe('"All locations","All clinicians",1,0,1,0,0,1,0');
  });

  it('defaults to the last 90 days and refuses a backwards range', async () => {
    const caller = callerAs(env, viewerFor(w.admin, w.org, 'all'));
    const file = await caller.reports.csv({ table: 'new-patients' });
    expect(file.filename).toBe('stride-new-patients-2026-08-29-to-2026-11-26.csv');
    await expect(
      caller.reports.csv({ table: 'outcomes', from: '2026-03-02', to: '2026-03-01' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
