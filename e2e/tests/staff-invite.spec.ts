import { expect, signIn, test } from './fixtures';

const NEW_PASSWORD = 'a-new-clinician-password';

test('an admin invites a clinician; the emailed link sets a password; the clinician signs in', async ({
  browser,
  page,
  a11y,
  world,
}) => {
  const email = `new.clinician.${Date.now()}@e2e.example`;
  await signIn(page, world.admin.email);
  await page.goto('/admin/staff');
  await a11y(page);
  const form = page.getByTestId('invite-form');
  await form.getByTestId('invite-submit').click();
  // Refused beside the fields, nothing sent.
  await expect(form.getByTestId('field-error-email')).toContainText('Enter their email');
  await expect(form.getByTestId('field-error-locationIds')).toContainText('at least one location');
  await form.getByTestId('field-name').fill('Noor Newcomer');
  await form.getByTestId('field-email').fill(email);
  await form.getByTestId('field-role').selectOption('clinician');
  await form.getByTestId(`field-location-${world.loc.name}`).check();
  await form.getByTestId('invite-submit').click();
  await expect(form.getByTestId('action-message')).toContainText(`Invitation sent to ${email}`);
  await expect(page.getByTestId('invitation-list')).toContainText('Noor Newcomer');

  // The email is written by a background job: wait for it in the outbox.
  const message = page.getByTestId('outbox-message').filter({ hasText: email });
  await expect(async () => {
    await page.goto('/admin/outbox');
    await expect(message).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await message.locator('summary').click();
  const body = await message.locator('pre').innerText();
  const path = /\/invite\/[A-Za-z0-9_-]{43}/.exec(body)?.[0];
  expect(path, body).toBeTruthy();

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(path ?? '/');
  await expect(invitee.getByTestId('invite-summary')).toContainText('Noor Newcomer');
  await a11y(invitee);
  await invitee.getByTestId('field-password').fill(NEW_PASSWORD);
  await invitee.getByTestId('field-confirmPassword').fill(NEW_PASSWORD);
  await invitee.getByTestId('accept-submit').click();
  await expect(invitee).toHaveURL(/\/sign-in$/);
  await signIn(invitee, email, NEW_PASSWORD);
  await expect(invitee).toHaveURL(/\/clinician$/);
  await expect(invitee.getByTestId('viewer-role')).toHaveText('Clinician');

  // The link is single use.
  await invitee.goto(path ?? '/');
  await expect(invitee.getByTestId('invite-refused')).toContainText('already been used');

  // The admin sees the new member, active, at the chosen location.
  await page.goto('/admin/staff');
  const row = page.locator(`[data-testid="staff-member"][data-email="${email}"]`);
  await expect(row.getByTestId('staff-status')).toHaveText('Clinician · Active');
  await expect(row.getByTestId('staff-locations')).toHaveText(world.loc.name);
});

test('the staff and questionnaire-text screens at phone and desktop widths', async ({
  page,
  a11y,
  world,
}, testInfo) => {
  await signIn(page, world.admin.email);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const screen of ['staff', 'instruments']) {
      await page.goto(`/admin/${screen}`);
      await a11y(page);
      await page.screenshot({
        path: testInfo.outputPath(`${screen}-${width}.png`),
        fullPage: true,
      });
    }
  }
  await expect(page.getByTestId('licence-notice')).toContainText('must hold its own licence');
});
