import { DEMO_ADMIN, DEMO_PASSWORD } from '@stride/db';
import { makeMember } from '@stride/db/testing';

import { expect, PASSWORD, signIn, test } from './fixtures';

test('the sign-in page is accessible and refuses bad credentials with a clear message', async ({
  page,
  a11y,
  world,
}) => {
  await page.goto('/sign-in');
  await a11y(page);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByText('Enter your email address.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
  await page.getByTestId('sign-in-email').fill(world.clinician.email);
  await page.getByTestId('sign-in-password').fill('not-the-password');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sign-in-error')).toHaveText(
    'That email and password do not match an account.',
  );
  await expect(page).toHaveURL(/\/sign-in/);
  await a11y(page);
});

test('repeated failures on one account are throttled with a clear message', async ({
  page,
  db,
  world,
}) => {
  const victim = await makeMember(db.db, world.org.id, 'clinician', { passwordHash: 'x' });
  await page.goto('/sign-in');
  for (let i = 0; i < 5; i++) {
    await page.getByTestId('sign-in-email').fill(victim.email);
    await page.getByTestId('sign-in-password').fill(`wrong-${i}`);
    // Wait for each answer before typing again: React resets the form when the action returns.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByTestId('sign-in-submit').click(),
    ]);
    await expect(page.getByTestId('sign-in-submit')).toHaveText('Sign in');
    await expect(page.getByTestId('sign-in-error')).toBeVisible();
  }
  await expect(page.getByTestId('sign-in-error')).toContainText('Too many failed sign-ins');
});

test('signing out ends the session: a copied cookie no longer works', async ({
  page,
  browser,
  world,
}) => {
  await signIn(page, world.clinician.email);
  await expect(page).toHaveURL(/\/clinician$/);
  const copied = await page.context().cookies();
  const session = copied.find((c) => c.name.endsWith('stride.session-token'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/sign-in/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto('/clinician');
  await expect(stolen).toHaveURL(/\/sign-in/);
  const api = await stolen.request.get(
    '/api/trpc/caseload.list?input=' + encodeURIComponent(JSON.stringify({ json: {} })),
  );
  expect(api.status()).toBe(401);
  await thief.close();
});

test('a signed-out visitor is sent to sign-in and back to the page asked for', async ({
  page,
  world,
}) => {
  await page.goto('/clinician');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fclinician/);
  await page.getByTestId('sign-in-email').fill(world.clinician.email);
  await page.getByTestId('sign-in-password').fill(PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await expect(page).toHaveURL(/\/clinician$/);
});

test('the demo admin from the README can sign in', async ({ page, a11y }) => {
  await signIn(page, DEMO_ADMIN.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId('location-card')).toHaveCount(3);
  await a11y(page);
});
