import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';

import { expect, signIn, test } from './fixtures';

interface Bundle {
  resourceType: string;
  type: string;
  entry: { fullUrl: string; resource: { resourceType: string; id: string } }[];
}

test('an admin exports the organisation and downloads the zip', async ({ page, a11y, world }) => {
  await signIn(page, world.admin.email);
  await page.getByRole('link', { name: 'Export' }).click();
  await expect(page).toHaveURL(/\/admin\/exports$/);
  await page.getByRole('button', { name: 'Export the organisation' }).click();
  // The job runs in the server's worker; the page refreshes itself until the link appears.
  const row = page.getByTestId('export-row').first();
  await expect(row.getByTestId('export-status')).toHaveText('Ready', { timeout: 30_000 });
  await expect(row.getByTestId('export-counts')).toContainText('Patient');
  await a11y(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByTestId('export-download').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^stride-export-.*\.zip$/);
  const files = unzipSync(await readFile(await download.path()));
  const patients = strFromU8(files['Patient.ndjson'] ?? new Uint8Array())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { resourceType: string; id: string });
  expect(patients.every((p) => p.resourceType === 'Patient')).toBe(true);
  expect(patients.map((p) => p.id)).toContain(world.patient.id);
  expect(patients.map((p) => p.id)).not.toContain(world.foreignPatient.id);
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['Location.ndjson', 'manifest.json']));
});

test('a patient downloads their own record, and only theirs', async ({ page, world }) => {
  await signIn(page, world.patientUser.email);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('portal-record-download').click(),
  ]);
  const bundle = JSON.parse(await readFile(await download.path(), 'utf8')) as Bundle;
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  const patients = bundle.entry.filter((e) => e.resource.resourceType === 'Patient');
  expect(patients.map((e) => e.resource.id)).toEqual([world.patient.id]);
  expect(JSON.stringify(bundle)).not.toContain(world.other.id);
  // The staff route refuses a patient, whatever id they put in it.
  const refused = await page.request.get(`/clinician/patients/${world.other.id}/fhir`);
  expect(refused.status()).toBe(403);
});

test("a clinician downloads a patient's record from the chart", async ({ page, world }) => {
  await signIn(page, world.clinician.email);
  await page.goto(`/clinician/patients/${world.patient.id}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('chart-fhir-download').click(),
  ]);
  const bundle = JSON.parse(await readFile(await download.path(), 'utf8')) as Bundle;
  expect(bundle.entry[0]?.resource).toMatchObject({
    resourceType: 'Patient',
    id: world.patient.id,
  });
  const foreign = await page.request.get(`/clinician/patients/${world.foreignPatient.id}/fhir`);
  expect(foreign.status()).toBe(404);
});
