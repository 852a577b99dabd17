import { expect, signIn, test } from './fixtures';

test('a patient fills in the intake with a red flag; the clinician sees it first', async ({
  browser,
  page,
  a11y,
  world,
}) => {
  await signIn(page, world.patientUser.email);
  await page.goto('/portal/intake');
  await expect(page.getByRole('heading', { name: 'Before your first visit' })).toBeVisible();
  await a11y(page);

  await page.getByTestId('side-right').check();
  // The picture: a click on the front view, the keyboard on the side view.
  await page.getByTestId('pain-region-medial_knee').click();
  await page.getByTestId('pain-region-medial_thigh').click();
  await page.getByTestId('pain-region-posterior_knee').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('pain-region-posterior_knee')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await page.getByTestId('pain-region-posterior_knee').click();
  await expect(page.getByTestId('pain-regions-chosen')).toHaveText(
    'Marked: Inner knee, Inner thigh.',
  );

  await page.getByTestId('painQualities-burning').check();
  await page.getByTestId('aggravators-running_fixed_distance').check();
  await page.getByTestId('aggravators-crossing_legs').check();
  await page.getByTestId('onset-insidious').check();
  await page.getByTestId('intake-durationWeeks').fill('10');
  await page.getByTestId('nightPain-no').check();
  await page.getByTestId('mechanicalSymptoms-swelling').check();
  await page.getByTestId('backPain-no').check();
  await page.getByTestId('intake-weeklyDistanceKm').fill('900');
  await expect(page.getByTestId('weeklyDistanceKm-error')).toContainText(
    'Weekly running distance (km): enter a number between 0 and 400',
  );
  await page.getByTestId('intake-weeklyDistanceKm').fill('55');
  await page.getByTestId('intake-recentLoadIncreasePct').fill('30');
  await page.getByTestId('intake-targetRaceName').fill('Los Angeles Marathon');
  await page.getByTestId('intake-targetRaceDate').fill('2027-03-21');
  await page.getByTestId('redFlags-calf_swelling_or_tenderness').check();
  await expect(page.getByTestId('intake-autosave')).toContainText(/Saved at/);

  // The draft survives a reload.
  await page.reload();
  await expect(page.getByTestId('pain-region-medial_knee')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('intake-weeklyDistanceKm')).toHaveValue('55');
  await expect(page.getByTestId('redFlags-calf_swelling_or_tenderness')).toBeChecked();
  await expect(page.getByTestId('intake-missing')).toHaveCount(0);

  await page.getByTestId('intake-consent').check();
  await page.getByTestId('intake-signedName').fill('Someone Else');
  await page.getByTestId('intake-submit').click();
  await expect(page.getByTestId('action-error')).toContainText('Your full name');
  await page.getByTestId('intake-consent').check();
  await page.getByTestId('intake-signedName').fill('  pat runner ');
  await page.getByTestId('intake-submit').click();
  await expect(page.getByTestId('intake-submitted')).toContainText('Version 1 is signed');
  await expect(page.getByTestId('intake-version-note')).toContainText('version 2');
  await a11y(page);

  // A separate context: the clinician has their own cookies.
  const context = await browser.newContext();
  const staff = await context.newPage();
  await signIn(staff, world.clinician.email);
  await staff.goto(`/clinician/patients/${world.patient.id}/intake`);
  const card = staff.getByTestId('intake-card');
  const banner = card.getByTestId('intake-red-flag-banner');
  await expect(banner).toContainText('Calf swelling or tenderness');
  // The banner comes before everything else on the card.
  expect(await card.locator(':scope > *').first().getAttribute('data-testid')).toBe(
    'intake-red-flag-banner',
  );
  await expect(card.getByTestId('intake-card-meta')).toContainText('Version 1');
  await expect(card.getByTestId('intake-summary')).toContainText('Inner knee, Inner thigh');
  await expect(card.getByTestId('intake-summary')).toContainText('55 km');
  await a11y(staff);
  await staff.getByTestId('back-to-chart').click();
  await expect(staff).toHaveURL(new RegExp(`/clinician/patients/${world.patient.id}$`));
  await expect(staff.getByTestId('intake-red-flag-banner')).toBeVisible();

  // The caseload flags the patient, first, and filters on the flag.
  await staff.goto('/clinician?flag=red_flag_reported');
  const row = staff.getByTestId('caseload-patient').first();
  await expect(row).toContainText('Runner, Pat');
  await expect(row.getByTestId('flag-red_flag_reported')).toBeVisible();
  await a11y(staff);
  await context.close();
});

test('staff cannot open the intake of a patient in another organisation', async ({
  page,
  world,
}) => {
  await signIn(page, world.clinician.email);
  const response = await page.goto(`/clinician/patients/${world.foreignPatient.id}/intake`);
  expect(response?.status()).toBe(404);
});
