import { expect, signIn, test } from './fixtures';

/**
 * The acceptance flow, all through the UI: an admin opens a new location, gives a
 * clinician hours there, adds an appointment type, and a patient books it at once.
 */
test('an admin adds a location and an appointment type, and a patient books it straight away', async ({
  page,
  browser,
  a11y,
  world,
}) => {
  test.setTimeout(150_000);
  await signIn(page, world.admin.email);
  await page.getByTestId('new-location').click();
  await page.getByTestId('field-name').fill('Marina Studio');
  await page.getByTestId('field-addressLine1').fill('4100 Admiralty Way');
  await page.getByTestId('field-city').fill('Marina del Rey');
  await page.getByTestId('field-region').fill('CA');
  await page.getByTestId('field-postalCode').fill('90292');
  await expect(page.getByTestId('field-timeZone')).toHaveValue('America/Los_Angeles');
  // A backwards Monday is refused beside Monday, and nothing typed is lost.
  await page.getByTestId('open-1-0').fill('19:00');
  await page.getByTestId('close-1-0').fill('07:00');
  await page.getByTestId('save-location').click();
  await expect(page.getByTestId('field-error-hours-1')).toHaveText(
    'Monday: closing must be after opening.',
  );
  await expect(page.getByTestId('field-name')).toHaveValue('Marina Studio');
  await a11y(page);
  await page.getByTestId('open-1-0').fill('07:00');
  await page.getByTestId('close-1-0').fill('19:00');
  await page.getByTestId('save-location').click();

  await expect(page.getByTestId('location-created')).toBeVisible();
  await expect(page.getByTestId('room')).toHaveCount(3);
  await expect(page.getByTestId('no-clinicians')).toBeVisible();
  await a11y(page);
  await page.getByTestId('field-clinicianId').selectOption({ label: 'Dr. Cleo Clinician' });
  await page.getByTestId('add-clinician').click();
  await expect(page.getByTestId('location-clinician')).toContainText('no hours here yet');
  await page.getByTestId('set-hours').click();

  const hours = page.getByTestId('hours-form-Marina Studio');
  for (const weekday of [1, 2, 3, 4, 5]) {
    await hours.getByTestId(`start-${weekday}`).first().fill('09:00');
    await hours.getByTestId(`end-${weekday}`).first().fill('17:00');
  }
  await hours.getByTestId('save-hours').click();
  await expect(hours.getByTestId('action-message')).toContainText('Saved');

  await page.goto('/admin/appointment-types');
  await page.getByTestId('new-type').click();
  await page.getByTestId('field-name').fill('Stride analysis');
  await page.getByTestId('field-durationMinutes').fill('40');
  await page.getByTestId('field-bufferAfterMinutes').fill('10');
  await expect(page.getByTestId('kind-exam_room')).toBeChecked();
  await expect(page.getByTestId('field-bookableOnline')).toBeChecked();
  await page.getByTestId('save-type').click();
  await expect(page.getByTestId('type-created')).toBeVisible();
  await expect(page.getByTestId('type-row').filter({ hasText: 'Stride analysis' })).toContainText(
    '40 min · 10 min after · exam room',
  );
  await a11y(page);

  const patientContext = await browser.newContext();
  const patient = await patientContext.newPage();
  await signIn(patient, world.patientUser.email);
  await patient.goto('/portal');
  await patient.getByTestId('book-appointment').click();
  await patient.getByTestId('choose-location').getByText('Marina Studio').click();
  await patient.getByTestId('choose-type').getByText('Stride analysis').click();
  await expect(patient.getByTestId('slot-zone')).toContainText('Pacific');
  // Next week, so that no slot is too close to now whatever time the suite runs.
  await patient.getByTestId('next-week').click();
  await expect(patient).toHaveURL(/week=/);
  await patient.getByTestId('slot').first().click();
  await expect(patient.getByTestId('hold-notice')).toBeVisible();
  await patient.getByTestId('confirm-booking').click();
  await expect(patient.getByTestId('portal-notice')).toContainText('You are booked');
  await expect(
    patient.getByTestId('upcoming-appointment').filter({ hasText: 'Stride analysis' }),
  ).toContainText('Dr. Cleo Clinician');
  await patientContext.close();

  // The room now holds a booking, so the admin sees it counted.
  await page.goto('/admin');
  await page.getByTestId('edit-location').filter({ hasText: 'Marina Studio' }).click();
  await expect(page.getByTestId('location-clinician')).toContainText('has hours here');
  await expect(page.getByTestId('room').filter({ hasText: '1 upcoming' })).toHaveCount(1);
});
