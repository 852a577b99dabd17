import { hashPassword } from '@stride/auth';
import { schema } from '@stride/db';
import { makeLocation, makeMember } from '@stride/db/testing';

import { expect, PASSWORD, signIn, test } from './fixtures';

test('a clinician sees their caseload, searches it and opens a chart', async ({
  page,
  a11y,
  world,
}) => {
  await signIn(page, world.clinician.email);
  await expect(page).toHaveURL(/\/clinician$/);
  await expect(page.getByTestId('caseload-patient')).toHaveCount(2);
  await a11y(page);

  await page.getByTestId('caseload-search').fill('strid');
  await page.getByTestId('caseload-search').press('Enter');
  await expect(page.getByTestId('caseload-patient')).toHaveCount(1);
  await expect(page.getByTestId('caseload-patient')).toContainText('Strider, Quinn');

  await page.getByTestId('caseload-search').fill('nobody-by-this-name');
  await page.getByTestId('caseload-apply').click();
  await expect(page.getByTestId('caseload-empty')).toBeVisible();
  await a11y(page);

  await page.goto('/clinician');
  await page.getByTestId('caseload-location').selectOption({ label: world.loc.name });
  await page.getByTestId('caseload-apply').click();
  await expect(page.getByTestId('caseload-patient')).toHaveCount(2);
  await page.getByTestId('caseload-patient').filter({ hasText: 'Runner, Pat' }).click();
  await expect(page.getByTestId('chart-name')).toHaveText('Pat Runner');
  await expect(page.getByTestId('chart-running')).toContainText('Test Marathon');
  await a11y(page);
});

test("a clinician cannot open another organisation's patient, nor the admin pages", async ({
  page,
  a11y,
  world,
}) => {
  await signIn(page, world.clinician.email);
  const foreign = await page.goto(`/clinician/patients/${world.foreignPatient.id}`);
  expect(foreign?.status()).toBe(404);
  await expect(page.getByTestId('not-found')).toBeVisible();
  await a11y(page);
  const api = await page.request.get(
    '/api/trpc/patients.getChart?input=' +
      encodeURIComponent(JSON.stringify({ json: { patientId: world.foreignPatient.id } })),
  );
  expect(api.status()).toBe(404);
  expect(await api.text()).not.toContain('Foreign');

  const admin = await page.goto('/admin');
  expect(admin?.status()).toBe(403);
  expect((await page.request.get('/api/trpc/admin.listLocations')).status()).toBe(403);
});

test('the front desk sees the patients at its location', async ({ page, a11y, world }) => {
  await signIn(page, world.frontDesk.email);
  await expect(page).toHaveURL(/\/clinician$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Patients at my locations');
  await expect(page.getByTestId('caseload-patient')).toHaveCount(3);
  await a11y(page);
});

test('a long caseload pages 50 at a time and keeps its filters', async ({
  page,
  a11y,
  db,
  world,
}) => {
  // A location of its own, so the worker's shared world keeps its patient counts.
  const loc = await makeLocation(db.db, world.org.id);
  const doc = await makeMember(db.db, world.org.id, 'clinician', {
    locationIds: [loc.id],
    passwordHash: await hashPassword(PASSWORD),
  });
  await db.db.insert(schema.patients).values(
    Array.from({ length: 53 }, (_, n) => ({
      organizationId: world.org.id,
      givenName: 'Page',
      familyName: `Pager${String(n + 1).padStart(3, '0')}`,
      sex: 'other' as const,
      dateOfBirth: '1990-01-01',
      homeLocationId: loc.id,
      primaryClinicianId: doc.id,
    })),
  );
  await signIn(page, doc.email);
  await expect(page.getByTestId('caseload-count')).toHaveText('Showing 1–50 of 53 patients');
  await expect(page.getByTestId('caseload-patient')).toHaveCount(50);
  await expect(page.getByTestId('caseload-previous')).toHaveCount(0);
  await a11y(page);

  // Keyboard only: the pager is links, reached and followed like any other.
  await page.getByTestId('caseload-next').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByTestId('caseload-count')).toHaveText('Showing 51–53 of 53 patients');
  await expect(page.getByTestId('caseload-patient')).toHaveCount(3);
  await expect(page.getByTestId('caseload-next')).toHaveCount(0);

  await page.goto('/clinician?q=Pager&sort=name');
  await page.getByTestId('caseload-next').click();
  await expect(page).toHaveURL(/q=Pager/);
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.getByTestId('caseload-patient').first()).toContainText('Pager051, Page');
  await a11y(page);
  await page.getByTestId('caseload-previous').click();
  await expect(page.getByTestId('caseload-patient').first()).toContainText('Pager001, Page');
});
