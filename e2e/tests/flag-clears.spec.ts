import type { Page } from '@playwright/test';

import { hashPassword } from '@stride/auth';
import { makeActivePlan, makeMember, makePatient, makeScore } from '@stride/db/testing';
import { buildPlan } from '@stride/treatment';

import { expect, PASSWORD, signIn, test } from './fixtures';

const DAY = 86_400_000;

async function answerPain(page: Page, usual: number) {
  await page.goto('/portal/progress');
  await page.getByTestId('item-nprs-usual').fill(String(usual));
  await page.getByTestId('item-nprs-worst').fill(String(Math.min(10, usual + 2)));
  await page.getByTestId('item-nprs-during_running').fill(String(Math.min(10, usual + 1)));
  await page.getByTestId('submit-nprs').click();
  await expect(page.getByTestId('answer-nprs').getByTestId('action-message')).toContainText(
    `score today: ${usual}`,
  );
}

/** The caseload filtered to "not improving": is this patient in it? */
async function notImprovingRow(staff: Page, familyName: string) {
  await staff.goto('/clinician?flag=not_improving');
  return staff.getByTestId('caseload-patient').filter({ hasText: familyName });
}

test('week 7 without a change beyond the MCID flags the patient; the flag clears once the score passes it', async ({
  browser,
  page,
  a11y,
  db,
  world,
}) => {
  const user = await makeMember(db.db, world.org.id, 'patient', {
    passwordHash: await hashPassword(PASSWORD),
  });
  const patient = await makePatient(db.db, world.org.id, {
    homeLocationId: world.loc.id,
    userId: user.id,
    primaryClinicianId: world.clinician.id,
    familyName: 'Plateau',
  });
  const started = new Date(Date.now() - 50 * DAY);
  const startDate = started.toISOString().slice(0, 10);
  const condition = 'patellofemoral_malalignment';
  await makeActivePlan(db.db, world.org.id, {
    patientId: patient.id,
    clinicianId: world.clinician.id,
    locationId: world.loc.id,
    startDate,
    condition,
    content: { ...buildPlan({ condition, side: 'right', today: startDate }) },
  });
  await makeScore(db.db, world.org.id, {
    patientId: patient.id,
    instrumentId: 'nprs',
    score: 6,
    answeredAt: started,
  });

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, world.clinician.email);
  const row = await notImprovingRow(staff, 'Plateau');
  await expect(row.getByTestId('flag-not_improving')).toBeVisible();
  await a11y(staff);

  // One point better is within the MCID: still flagged.
  await signIn(page, user.email);
  await answerPain(page, 5);
  await expect(
    (await notImprovingRow(staff, 'Plateau')).getByTestId('flag-not_improving'),
  ).toBeVisible();

  // Three points better passes it: the flag clears and the chart shows the trend.
  await answerPain(page, 3);
  await expect(await notImprovingRow(staff, 'Plateau')).toHaveCount(0);
  await staff.goto(`/clinician/patients/${patient.id}`);
  await expect(staff.getByTestId('scores-nprs-status')).toContainText(
    'Improved beyond the MCID (-3)',
  );
});
