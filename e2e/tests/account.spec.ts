import { hashPassword } from '@stride/auth';
import { makeMember } from '@stride/db/testing';

import { expect, PASSWORD, signIn, test } from './fixtures';

test('a person sees where they are signed in, signs out another device, and a password change ends the other sessions', async ({
  browser,
  page,
  a11y,
  db,
  world,
}) => {
  const user = await makeMember(db.db, world.org.id, 'clinician', {
    passwordHash: await hashPassword(PASSWORD),
    locationIds: [world.loc.id],
  });
  const phone = await (await browser.newContext()).newPage();
  const tablet = await (await browser.newContext()).newPage();
  await signIn(page, user.email);
  await signIn(phone, user.email);
  await signIn(tablet, user.email);

  await page.getByTestId('account-link').click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId('session')).toHaveCount(3);
  await expect(page.getByTestId('current-session')).toHaveCount(1);
  await a11y(page);

  // Sign one other device out: it is sent to sign-in on its next request.
  await page.getByTestId('revoke-session').first().click();
  await expect(page.getByTestId('session')).toHaveCount(2);
  // Which device was signed out depends on list order; exactly one of the two must be.
  await phone.goto('/clinician');
  const phoneRevoked = phone.url().includes('/sign-in');
  const revoked = phoneRevoked ? phone : tablet;
  const survivor = phoneRevoked ? tablet : phone;
  await revoked.goto('/clinician');
  await expect(revoked).toHaveURL(/\/sign-in/);
  await survivor.goto('/clinician');
  await expect(survivor).not.toHaveURL(/\/sign-in/);

  // A wrong current password is named beside its field; nothing changes.
  const form = page.getByTestId('change-password');
  await form.getByTestId('field-currentPassword').fill('not-my-password');
  await form.getByTestId('field-newPassword').fill('correct horse battery');
  await form.getByTestId('field-confirmPassword').fill('correct horse battery');
  await expect(form.getByTestId('field-currentPassword')).toHaveValue('not-my-password');
  await form.getByTestId('change-password-submit').click();
  // Checking a password is deliberately slow (argon2id), so allow for a busy machine.
  await expect(form.getByTestId('field-error-currentPassword')).toHaveText(
    'Your current password is not right.',
    { timeout: 30_000 },
  );
  await expect(form.getByTestId('field-newPassword')).toHaveValue('correct horse battery');
  await form.getByTestId('field-currentPassword').fill(PASSWORD);
  await form.getByTestId('change-password-submit').click();
  await expect(form.getByTestId('action-message')).toHaveText(
    'Password changed. 1 other session signed out.',
    { timeout: 30_000 },
  );

  // The surviving device is signed out; this one stays in; the new password works.
  await survivor.goto('/clinician');
  await expect(survivor).toHaveURL(/\/sign-in/);
  await page.goto('/clinician');
  await expect(page).not.toHaveURL(/\/sign-in/);
  await signIn(survivor, user.email, 'correct horse battery');
});
