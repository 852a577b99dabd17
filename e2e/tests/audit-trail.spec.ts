import type { Browser, Page } from '@playwright/test';

import { hashPassword } from '@stride/auth';
import { makeMember, makePatient } from '@stride/db/testing';

import { expect, PASSWORD, signIn, test } from './fixtures';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test('a clinician opens a chart, the admin finds that read, and the patient sees who it was', async ({
  browser,
  db,
  world,
  a11y,
}) => {
  // A patient of this test's own, so no other spec's reads land in their log.
  const suffix = Math.random().toString(36).slice(2, 8);
  const user = await makeMember(db.db, world.org.id, 'patient', {
    passwordHash: await hashPassword(PASSWORD),
    name: `Avery Audit${suffix}`,
  });
  const patient = await makePatient(db.db, world.org.id, {
    homeLocationId: world.loc.id,
    primaryClinicianId: world.clinician.id,
    userId: user.id,
    givenName: 'Avery',
    familyName: `Audit${suffix}`,
  });

  const patientPage = await signedIn(browser, user.email);
  await patientPage.goto('/portal/access');
  await expect(patientPage.getByTestId('record-access-empty')).toBeVisible();

  const clinician = await signedIn(browser, world.clinician.email);
  await clinician.goto(`/clinician/patients/${patient.id}`);
  await expect(clinician.getByTestId('chart-name')).toHaveText(`Avery Audit${suffix}`);

  const admin = await signedIn(browser, world.admin.email);
  await admin.goto('/admin/audit');
  await admin.getByTestId('audit-patient').fill(`Audit${suffix}`);
  await admin.getByTestId('audit-action').selectOption('patient.chart.read');
  await admin.getByTestId('audit-search').click();
  await expect(admin).toHaveURL(/patient=Audit/);
  const row = admin.getByTestId('audit-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Dr. Cleo Clinician');
  await expect(row.getByTestId('audit-row-role')).toHaveText('Clinician');
  await expect(row).toContainText('Opened the chart');
  await expect(row.getByTestId('audit-row-patient')).toHaveText(`Avery Audit${suffix}`);
  await expect(row).toContainText(/P[SD]T/);
  await expect(admin.locator('body')).not.toContainText(world.otherOrg.name);
  await a11y(admin);

  // A one-letter name is refused beside the field, not with an error page.
  await admin.getByTestId('audit-patient').fill('A');
  await admin.getByTestId('audit-search').click();
  await expect(admin.getByText('Type at least 2 letters of the name.')).toBeVisible();

  await patientPage.reload();
  const visit = patientPage.getByTestId('record-access-visit');
  await expect(visit.first()).toContainText('Dr. Cleo Clinician');
  await expect(visit.first().getByTestId('record-access-role')).toHaveText('· Clinician');
  await expect(visit.first()).toContainText('Opened the chart');
  await expect(patientPage.getByTestId('record-access-list')).not.toContainText(world.clinician.id);
  await a11y(patientPage);

  // The chart shows clinicians the same list the patient sees.
  await clinician.reload();
  await expect(clinician.getByTestId('chart-record-access')).toContainText('Dr. Cleo Clinician');
});
