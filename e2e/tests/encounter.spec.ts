import type { Page } from '@playwright/test';

import { expect, signIn, test } from './fixtures';

/** Picks a value in one of the exam's positive/negative/tender radio groups. */
async function mark(page: Page, id: string, value: string) {
  await page.getByTestId(`${id}-${value}`).check({ force: true });
}

test('a clinician examines a runner, watches the differential move and confirms the diagnosis', async ({
  page,
  a11y,
  world,
}) => {
  test.setTimeout(120_000);
  await signIn(page, world.clinician.email);
  await page.goto(`/clinician/patients/${world.other.id}`);
  await page.getByTestId('start-encounter').click();
  await expect(page.getByTestId('diagnosis-panel')).toBeVisible();
  await a11y(page);

  // The public case p04 (textbook iliotibial band syndrome, left knee), entered by hand.
  await page.getByTestId('symptomatic-side').selectOption('left');
  await page.getByTestId('history-painRegions-lateral_knee').check();
  await page.getByTestId('history-painQualities-sharp').check();
  for (const a of ['running_fixed_distance', 'downhill_running', 'long_strides'])
    await page.getByTestId(`history-aggravators-${a}`).check();
  await page.getByTestId('history-onset').selectOption('insidious');
  await page.getByTestId('history-durationWeeks').fill('5');
  await page.getByTestId('history-weeklyDistanceKm').fill('70');
  await page.getByTestId('history-recentLoadIncreasePct').fill('40');
  await mark(page, 'gait-crossoverGait', 'yes');
  await page.getByTestId('gait-left-peakHipAdductionDeg').fill('14');
  await mark(page, 'exam-left-palpation-lateral_femoral_epicondyle', 'tender');
  await mark(page, 'exam-left-palpation-lateral_joint_line', 'not_tender');
  await mark(page, 'exam-left-palpation-patellar_facets', 'not_tender');
  for (const t of ['noble_compression', 'ober', 'renne'])
    await mark(page, `exam-left-test-${t}`, 'positive');
  for (const t of ['mcmurray', 'squat_pain']) await mark(page, `exam-left-test-${t}`, 'negative');

  // expectations.json: p04 is iliotibial band syndrome first under both profiles.
  const first = page.getByTestId('ddx-row').first();
  await expect(first).toHaveAttribute('data-condition', 'iliotibial_band_syndrome');
  await page.getByTestId('profile-literature').click();
  await expect(first).toHaveAttribute('data-condition', 'iliotibial_band_syndrome');
  await page.getByTestId('profile-clinic-method').click();
  await expect(page.getByTestId('save-status')).toContainText('All changes saved', {
    timeout: 15_000,
  });

  // A suggested next test jumps to its input.
  const next = page.getByTestId('next-tests').getByRole('button').first();
  await next.click();
  await expect(page.locator('input:focus')).toHaveCount(1);

  await expect(page.getByTestId('confirm-condition')).toHaveValue('iliotibial_band_syndrome');
  await expect(page.getByTestId('confirm-side')).toHaveValue('left');
  await page.getByTestId('confirm-diagnosis').click();
  await expect(page.getByTestId('confirmed-diagnosis')).toContainText(
    'Iliotibial band syndrome, left',
  );
  await a11y(page);

  // Reload: everything typed was saved.
  await page.reload();
  await expect(page.getByTestId('history-weeklyDistanceKm')).toHaveValue('70');
  await expect(page.getByTestId('exam-left-test-ober-positive')).toBeChecked();

  // Signing freezes the record; corrections are addenda.
  await page.getByTestId('sign-encounter').click();
  await page.getByTestId('sign-encounter-confirm').click();
  await expect(page.getByTestId('save-status')).toContainText('read-only');
  await expect(page.getByTestId('history-weeklyDistanceKm')).toBeDisabled();
  await page.getByTestId('addendum-text').fill('Right knee asymptomatic on review.');
  await page.getByTestId('add-addendum').click();
  await expect(page.getByTestId('addenda')).toContainText('Right knee asymptomatic');

  // The chart shows the coded diagnosis.
  await page.goto(`/clinician/patients/${world.other.id}`);
  await expect(page.getByTestId('chart-diagnosis')).toContainText('Iliotibial band syndrome');
  await expect(page.getByTestId('chart-diagnosis')).toContainText('ICD-10-CM M76.3');
});

test('case files import into a new encounter and bad gait CSVs are refused line by line', async ({
  page,
  world,
}) => {
  await signIn(page, world.clinician.email);
  await page.goto(`/clinician/patients/${world.other.id}`);
  await page.getByTestId('import-case-file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"stride.case/v1","side":"middle"}'),
  });
  await page.getByTestId('import-case').click();
  await expect(page.getByTestId('import-case-form').getByTestId('action-error')).toContainText(
    'side',
  );

  await page.getByTestId('import-case-file').setInputFiles({
    name: 'p10.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'stride.case/v1',
        side: 'left',
        history: {
          painRegions: ['inferior_pole'],
          aggravators: ['jumping', 'stairs_down', 'squatting', 'sprinting'],
          onset: 'insidious',
        },
        exam: {
          palpation: { inferior_pole_patella: 'tender', patellar_tendon: 'tender' },
          tests: { royal_london_hospital: 'positive', decline_squat_pain: 'positive' },
        },
      }),
    ),
  });
  await page.getByTestId('import-case').click();
  await expect(page.getByTestId('ddx-row').first()).toHaveAttribute(
    'data-condition',
    'patellar_tendinopathy',
  );

  await page.getByTestId('gait-csv-file').setInputFiles({
    name: 'gait.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('metric,side,value\ncadenceSpm,both,fast\n'),
  });
  await page.getByTestId('gait-csv-import').click();
  await expect(page.getByTestId('gait-csv-form').getByTestId('action-error')).toContainText(
    'Line 2: cadenceSpm must be a number',
  );
  await page.getByTestId('gait-csv-file').setInputFiles({
    name: 'gait.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('metric,side,value\ncadenceSpm,both,158\n'),
  });
  await page.getByTestId('gait-csv-import').click();
  await expect(page.getByTestId('gait-cadenceSpm')).toHaveValue('158');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-case').click(),
  ]);
  const exported = JSON.parse(
    Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8'),
  ) as { gait?: { cadenceSpm?: number }; side?: string };
  expect(exported).toMatchObject({ side: 'left', gait: { cadenceSpm: 158 } });
});
