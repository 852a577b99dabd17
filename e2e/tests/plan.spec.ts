import { schema } from '@stride/db';

import { expect, signIn, test } from './fixtures';

/**
 * The plan across roles. Until the encounter UI confirms diagnoses, the confirmed diagnosis is
 * inserted here: public case p02 (patellofemoral malalignment, left) as an exam record.
 */
test('the clinician builds a plan, the patient follows it, the clinician sees adherence', async ({
  browser,
  world,
  db,
  a11y,
}) => {
  test.setTimeout(120_000);
  const [encounter] = await db.db
    .insert(schema.encounters)
    .values({
      organizationId: world.org.id,
      patientId: world.patient.id,
      clinicianId: world.clinician.id,
      locationId: world.loc.id,
      exam: {
        format: 'stride.exam-record/v1',
        symptomaticSide: 'left',
        gait: { cadenceSpm: 158, left: { contralateralPelvicDropDeg: 9, peakHipAdductionDeg: 16 } },
        exam: { left: { singleLegSquatFppaDeg: 18, strength: { hipAbductionNmPerKg: 1.0 } } },
      },
    })
    .returning({ id: schema.encounters.id });
  if (!encounter) throw new Error('no encounter');
  await db.db.insert(schema.diagnoses).values({
    organizationId: world.org.id,
    encounterId: encounter.id,
    patientId: world.patient.id,
    condition: 'patellofemoral_malalignment',
    side: 'left',
    icd10Code: 'M22.2X2',
    engineVersion: 'e2e',
    profileId: 'clinic-method',
    profileVersion: 1,
    engineTop: 'patellofemoral_malalignment',
    engineOutput: {},
    confirmedBy: world.clinician.id,
  });

  const clinicianContext = await browser.newContext();
  const staff = await clinicianContext.newPage();
  await signIn(staff, world.clinician.email);
  await staff.goto(`/clinician/patients/${world.patient.id}/plan`);
  await staff.getByTestId('build-plan').first().click();
  const cadence = staff.getByTestId('plan-item-cadence_retraining');
  await expect(cadence).toBeVisible();
  await expect(cadence.getByTestId('plan-item-findings')).toContainText('Cadence 158 steps/min');
  await expect(staff.getByTestId('plan-item-standing_hip_hike')).toBeVisible();
  await staff.getByTestId('dosage-side_lying_hip_abduction').fill('4 sets of 10');
  await staff.getByTestId('plan-add').selectOption('bird_dog');
  await staff.getByTestId('save-plan').click();
  await expect(staff.getByTestId('plan-version')).toContainText('Version 2');
  await expect(staff.getByTestId('plan-item-bird_dog')).toBeVisible();
  await expect(staff.getByTestId('dosage-side_lying_hip_abduction')).toHaveValue('4 sets of 10');
  await a11y(staff);

  const patientContext = await browser.newContext();
  const page = await patientContext.newPage();
  await signIn(page, world.patientUser.email);
  await page.goto('/portal/plan');
  await expect(page.getByTestId('portal-plan-diagnosis')).toContainText('kneecap');
  await expect(page.getByTestId('portal-plan-next')).toBeVisible();
  const tick = page.getByTestId('tick-side_lying_hip_abduction');
  await expect(page.getByTestId('today-side_lying_hip_abduction')).toContainText('4 sets of 10');
  await tick.click();
  await expect(tick).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('pain-3').check({ force: true });
  await page.getByTestId('pain-distance').fill('5');
  await page.getByTestId('pain-submit').click();
  await expect(page.getByTestId('action-message')).toContainText('pain 3 out of 10');
  await a11y(page);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('plan-pdf').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('stride-plan-v2.pdf');
  const stream = await download.createReadStream();
  const head = await new Promise<string>((resolve, reject) => {
    stream.once('data', (chunk: Buffer) => resolve(chunk.subarray(0, 5).toString()));
    stream.once('error', reject);
  });
  expect(head).toBe('%PDF-');

  await staff.reload();
  await expect(staff.getByTestId('adherence-week').first()).toContainText('1 of');
  await expect(staff.getByTestId('adherence-pain')).toContainText('3/10');
  await clinicianContext.close();
  await patientContext.close();
});
