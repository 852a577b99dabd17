import type { Page } from '@playwright/test';

import { hashPassword } from '@stride/auth';
import { makeMember, makePatient } from '@stride/db/testing';

import { expect, PASSWORD, signIn, test } from './fixtures';

const mark = (page: Page, id: string, value: string) =>
  page.getByTestId(`${id}-${value}`).check({ force: true });

/**
 * The clinic's day in one test, across roles: intake → encounter with gait and exam → the
 * engine's ranking → confirmed diagnosis → plan → the patient does an exercise → the clinician
 * sees it. The runner is the public case p04 (iliotibial band syndrome, left knee).
 */
test('intake to plan to adherence, across the patient and the clinician', async ({
  browser,
  a11y,
  db,
  world,
}) => {
  test.setTimeout(180_000);
  const user = await makeMember(db.db, world.org.id, 'patient', {
    passwordHash: await hashPassword(PASSWORD),
    name: 'Ivy Band',
  });
  const runner = await makePatient(db.db, world.org.id, {
    homeLocationId: world.loc.id,
    primaryClinicianId: world.clinician.id,
    userId: user.id,
    givenName: 'Ivy',
    familyName: 'Band',
    sex: 'male',
  });

  // 1. The patient's intake.
  const patientContext = await browser.newContext();
  const patient = await patientContext.newPage();
  await signIn(patient, user.email);
  await patient.getByTestId('portal-intake-link').click();
  await patient.getByTestId('side-left').check();
  await patient.getByTestId('pain-region-lateral_knee').click();
  await patient.getByTestId('painQualities-sharp').check();
  for (const a of ['running_fixed_distance', 'downhill_running', 'long_strides'])
    await patient.getByTestId(`aggravators-${a}`).check();
  await patient.getByTestId('onset-insidious').check();
  await patient.getByTestId('intake-durationWeeks').fill('5');
  await patient.getByTestId('nightPain-no').check();
  await patient.getByTestId('backPain-no').check();
  await patient.getByTestId('intake-weeklyDistanceKm').fill('70');
  await patient.getByTestId('intake-recentLoadIncreasePct').fill('40');
  await patient.getByTestId('noRedFlags').check();
  await expect(patient.getByTestId('intake-autosave')).toContainText(/Saved at/);
  await patient.getByTestId('intake-consent').check();
  await patient.getByTestId('intake-signedName').fill('Ivy Band');
  await patient.getByTestId('intake-submit').click();
  await expect(patient.getByTestId('intake-submitted')).toContainText('Version 1 is signed');

  // 2. The clinician's encounter starts from it.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, world.clinician.email);
  await staff.goto(`/clinician/patients/${runner.id}`);
  await expect(staff.getByTestId('intake-card')).toBeVisible();
  await expect(staff.getByTestId('intake-red-flag-banner')).toHaveCount(0);
  await staff.getByTestId('start-encounter').click();
  await expect(staff.getByTestId('history-weeklyDistanceKm')).toHaveValue('70');
  await expect(staff.getByTestId('history-painRegions-lateral_knee')).toBeChecked();
  await expect(staff.getByTestId('symptomatic-side')).toHaveValue('left');

  // Gait session and exam findings of p04.
  await staff.getByTestId('gait-speed').fill('12');
  await mark(staff, 'gait-crossoverGait', 'yes');
  await staff.getByTestId('gait-left-peakHipAdductionDeg').fill('14');
  await mark(staff, 'exam-left-palpation-lateral_femoral_epicondyle', 'tender');
  await mark(staff, 'exam-left-palpation-lateral_joint_line', 'not_tender');
  await mark(staff, 'exam-left-palpation-patellar_facets', 'not_tender');
  for (const t of ['noble_compression', 'ober', 'renne'])
    await mark(staff, `exam-left-test-${t}`, 'positive');
  for (const t of ['mcmurray', 'squat_pain']) await mark(staff, `exam-left-test-${t}`, 'negative');
  await expect(staff.getByTestId('ddx-row').first()).toHaveAttribute(
    'data-condition',
    'iliotibial_band_syndrome',
  );
  await expect(staff.getByTestId('save-status')).toContainText('All changes saved', {
    timeout: 15_000,
  });
  await staff.getByTestId('confirm-diagnosis').click();
  await expect(staff.getByTestId('confirmed-diagnosis')).toContainText(
    'Iliotibial band syndrome, left',
  );

  // 3. The plan from the ITBS template and the gait findings.
  await staff.goto(`/clinician/patients/${runner.id}/plan`);
  await staff.getByTestId('build-plan').first().click();
  await expect(staff.getByTestId('plan-version')).toContainText('Version 1');
  await a11y(staff);

  // 4. The patient sees the plan and does an exercise.
  await patient.goto('/portal/plan');
  await expect(patient.getByTestId('portal-plan-diagnosis')).toBeVisible();
  await a11y(patient);
  const tick = patient.locator('[data-testid^="tick-"]').first();
  await tick.click();
  await expect(tick).toHaveAttribute('aria-pressed', 'true');

  // 5. The clinician sees it on the chart.
  await staff.goto(`/clinician/patients/${runner.id}`);
  await expect(staff.getByTestId('chart-diagnosis')).toContainText('Iliotibial band syndrome');
  await expect(staff.getByTestId('chart-plan').getByTestId('adherence-week').first()).toContainText(
    '1 of',
  );
  await a11y(staff);
  await patientContext.close();
  await staffContext.close();
});
