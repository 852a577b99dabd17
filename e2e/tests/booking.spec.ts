import type { Page } from '@playwright/test';

import { expect, signIn, test } from './fixtures';

/** Walks the portal's booking steps to next week's follow-up slots and returns the first one. */
async function openFollowUpWeek(page: Page, locationName: string) {
  await page.goto('/portal');
  await page.getByTestId('book-appointment').click();
  await page.getByTestId('choose-location').getByText(locationName).click();
  await page.getByTestId('choose-type').getByText('Follow-up').click();
  await expect(page.getByTestId('slot-zone')).toContainText('Pacific');
  // Next week, so that no slot is too close to now whatever time the suite runs.
  await page.getByTestId('next-week').click();
  await expect(page).toHaveURL(/week=/);
  await expect(page.getByTestId('slot').first()).toBeVisible();
}

test('a patient books, sees and downloads it; the clinician sees it; the slot is gone for others until cancelled', async ({
  page,
  browser,
  a11y,
  world,
}) => {
  // Four people, a background job and two outbox polls: the longest flow in the suite.
  test.setTimeout(150_000);
  await signIn(page, world.patientUser.email);
  await openFollowUpWeek(page, world.loc.name);
  await a11y(page);
  const slot = page.getByTestId('slot').first();
  const start = await slot.getAttribute('data-start');
  if (!start) throw new Error('slot without a start');
  await slot.click();

  await expect(page.getByTestId('hold-notice')).toBeVisible();
  await a11y(page);
  await page.getByTestId('confirm-booking').click();
  await expect(page.getByTestId('portal-notice')).toContainText('You are booked');
  await expect(page.getByTestId('upcoming-appointment')).toHaveCount(1);
  await expect(page.getByTestId('upcoming-appointment')).toContainText(
    'Follow-up with Dr. Cleo Clinician',
  );
  await a11y(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-ics').click(),
  ]);
  const ics = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(ics).toString('utf8');
  expect(text).toContain('BEGIN:VEVENT');
  expect(text).toContain(`DTSTART:${start.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);

  // The clinician sees it on the schedule for that day.
  const staff = await browser.newContext();
  const clinicianPage = await staff.newPage();
  await signIn(clinicianPage, world.clinician.email);
  const localDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(
    new Date(start),
  );
  await clinicianPage.goto(`/clinician/schedule?location=${world.loc.id}&date=${localDate}`);
  await expect(clinicianPage.getByTestId('schedule-appointment')).toContainText('Pat Runner');
  await a11y(clinicianPage);

  // A second patient no longer sees that time (one clinician, so the slot is gone).
  const second = await browser.newContext();
  const secondPage = await second.newPage();
  await signIn(secondPage, world.secondPatientUser.email);
  await openFollowUpWeek(secondPage, world.loc.name);
  await expect(secondPage.locator(`[data-start="${start}"]`)).toHaveCount(0);
  // ...so they join the waitlist for that day.
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(
    new Date(start),
  );
  await secondPage.getByTestId('waitlist-from').fill(day);
  await secondPage.getByTestId('waitlist-to').fill(day);
  await secondPage.getByTestId('waitlist-join').click();
  await expect(secondPage.getByTestId('waitlist-entry')).toContainText('Follow-up');

  // The confirmation went out through the outbox, which an admin can read.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, world.admin.email);
  await expect(async () => {
    await adminPage.goto('/admin/outbox');
    await expect(
      adminPage.getByTestId('outbox-message').filter({ hasText: 'Booked: Follow-up' }),
    ).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await a11y(adminPage);

  // Cancelling frees it again.
  await page.getByTestId('cancel-appointment').click();
  await page.getByTestId('cancel-appointment-confirm').click();
  await expect(page.getByTestId('portal-notice')).toContainText('cancelled');
  await expect(page.getByTestId('portal-appointments-empty')).toBeVisible();
  await openFollowUpWeek(secondPage, world.loc.name);
  await expect(secondPage.locator(`[data-start="${start}"]`)).toHaveCount(1);

  // The waiting patient is emailed an offer; its link books the freed time.
  let offerBody = '';
  await expect(async () => {
    await adminPage.goto('/admin/outbox');
    const offer = adminPage.getByTestId('outbox-message').filter({ hasText: 'slot opened' });
    await expect(offer).toHaveCount(1, { timeout: 1000 });
    offerBody = (await offer.locator('pre').textContent()) ?? '';
  }).toPass({ timeout: 20_000 });
  const link = /\/portal\/waitlist\/[\w-]+/.exec(offerBody)?.[0];
  expect(link).toBeDefined();
  await secondPage.goto(link ?? '/');
  await a11y(secondPage);
  await secondPage.getByTestId('accept-offer').click();
  await expect(secondPage.getByTestId('portal-notice')).toContainText('You are booked');
  await expect(secondPage.getByTestId('upcoming-appointment')).toContainText('Follow-up');
  await staff.close();
  await second.close();
  await adminContext.close();
});

test('the front desk books for a patient from the chart', async ({ page, a11y, world }) => {
  await signIn(page, world.frontDesk.email);
  await page.goto(`/clinician/patients/${world.other.id}`);
  await page.getByTestId('chart-book').click();
  await page.getByTestId('choose-type').getByText('Telehealth check-in').click();
  await page.getByTestId('next-week').click();
  await expect(page).toHaveURL(/week=/);
  await a11y(page);
  await page.getByTestId('slot').first().click();
  await expect(page).toHaveURL(new RegExp(`/clinician/patients/${world.other.id}`));
  await expect(page.getByTestId('chart-appointment')).toContainText('Telehealth check-in');
});
