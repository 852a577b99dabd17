import type { Page } from '@playwright/test';

import { hashPassword } from '@stride/auth';
import { makeMember, makePatient } from '@stride/db/testing';

import { expect, PASSWORD, signIn, test } from './fixtures';

async function answerPain(page: Page, usual: number) {
  await page.getByTestId('item-nprs-usual').fill(String(usual));
  await page.getByTestId('item-nprs-worst').fill(String(Math.min(10, usual + 2)));
  await page.getByTestId('item-nprs-during_running').fill(String(Math.min(10, usual + 1)));
  await page.getByTestId('submit-nprs').click();
  await expect(page.getByTestId('answer-nprs').getByTestId('action-message')).toContainText(
    `score today: ${usual}`,
  );
}

test('a patient answers the pain questionnaire twice; both see the change against the MCID', async ({
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
  });
  await signIn(page, user.email);
  await page.goto('/portal/progress');
  await a11y(page);
  await answerPain(page, 6);
  await expect(page.getByTestId('progress-nprs')).toContainText('Your first score: 6');
  // Out of range is caught in the browser before anything is sent (the server checks again).
  await page.getByTestId('item-nprs-usual').fill('12');
  expect(
    await page
      .getByTestId('item-nprs-usual')
      .evaluate((el) => (el as HTMLInputElement).checkValidity()),
  ).toBe(false);
  await answerPain(page, 3);
  await expect(page.getByTestId('progress-nprs')).toContainText(
    'From 6 to 3. That is a real improvement',
  );
  await a11y(page);

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, world.clinician.email);
  await staff.goto(`/clinician/patients/${patient.id}`);
  await expect(staff.getByTestId('scores-nprs-status')).toContainText(
    'Improved beyond the MCID (-3)',
  );
  await a11y(staff);
});
