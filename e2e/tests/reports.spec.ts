import { readFile } from 'node:fs/promises';

import { makePatient } from '@stride/db/testing';

import { expect, signIn, test } from './fixtures';

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString();

test('an admin filters the reports and downloads one as CSV', async ({
  page,
  a11y,
  world,
  db,
}, info) => {
  // A runner sent by their club, and a visit they missed three days ago.
  const runner = await makePatient(db.db, world.org.id, {
    homeLocationId: world.loc.id,
    primaryClinicianId: world.clinician.id,
    givenName: 'Rory',
    familyName: 'Report',
  });
  // Plain SQL through the handle's adapter: this package does not depend on drizzle-orm.
  const run = (text: string, values: unknown[]) => db.sql.executeSql(text, values);
  await run('update patients set referral_source = $1 where organization_id = $2 and id = $3', [
    'running_club',
    world.org.id,
    runner.id,
  ]);
  await run(
    `insert into appointments (organization_id, location_id, appointment_type_id, patient_id,
       clinician_id, starts_at, ends_at, status)
     select $1, $2, t.id, $3, $4, $5::timestamptz, $5::timestamptz + interval '30 minutes', 'no_show'
     from appointment_types t where t.organization_id = $1 limit 1`,
    [world.org.id, world.loc.id, runner.id, world.clinician.id, day(-3)],
  );

  await signIn(page, world.admin.email);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Reports' })
    .click();
  await expect(page).toHaveURL(/\/admin\/reports/);
  await expect(page.getByTestId('report-utilisation')).toContainText('Dr. Cleo Clinician');
  await a11y(page);

  await page.getByRole('link', { name: 'No-shows & cancellations' }).click();
  await expect(page).toHaveURL(/report=attendance/);
  const form = page.getByRole('form', { name: 'Report filters' });
  await form.getByLabel('From').fill(day(-7).slice(0, 10));
  await form.getByLabel('To').fill(day(0).slice(0, 10));
  await form.getByLabel('Location').selectOption({ label: world.loc.name });
  await form.getByLabel('Clinician').selectOption({ label: 'Dr. Cleo Clinician' });
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/report=attendance.*locationId=/);
  const table = page.getByTestId('attendance-table');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr')).toContainText('100.0 %');
  await a11y(page);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: info.outputPath(`attendance-${width}.png`), fullPage: true });
  }

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('report-attendance').getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    `stride-attendance-${day(-7).slice(0, 10)}-to-${day(0).slice(0, 10)}.csv`,
  );
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.split('\r\n')[1]).toBe(`"${world.loc.name}","Dr. Cleo Clinician",1,0,1,0,0,1,0`);

  await page.getByRole('link', { name: 'New patients' }).click();
  await expect(page.getByTestId('new-patients-table')).toContainText('Running club');
  await expect(page.getByTestId('new-patients-total')).not.toHaveText('0 new patients');
});

test('reports refuse other roles and a backwards range', async ({ page, world }) => {
  await signIn(page, world.clinician.email);
  expect((await page.goto('/admin/reports'))?.status()).toBe(403);
  expect((await page.request.get('/admin/reports/csv/utilisation')).status()).toBe(403);
  await page.goto('/sign-in');
  await page.context().clearCookies();
  await signIn(page, world.admin.email);
  await page.goto('/admin/reports?from=2026-03-10&to=2026-03-01');
  await expect(page.getByRole('alert').filter({ hasText: 'start date' })).toBeVisible();
  expect((await page.request.get('/admin/reports/csv/nonsense')).status()).toBe(404);
});
