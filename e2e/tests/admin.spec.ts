import { expect, signIn, test } from './fixtures';

test('an admin lands on the locations of their organisation, with staff and rooms', async ({
  page,
  a11y,
  world,
}) => {
  await signIn(page, world.admin.email);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId('org-name')).toHaveText(world.org.name);
  const card = page.getByTestId('location-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(world.loc.name);
  await expect(card).toContainText('Gait lab (treadmill)');
  await expect(card.getByTestId('location-staff')).toContainText('Dr. Cleo Clinician');
  await expect(page.locator('body')).not.toContainText(world.otherOrg.name);
  await a11y(page);
});

test('an admin is refused the clinician and patient pages and their data', async ({
  page,
  a11y,
  world,
}) => {
  await signIn(page, world.admin.email);
  for (const path of ['/clinician', '/portal', `/clinician/patients/${world.patient.id}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId('forbidden')).toBeVisible();
  }
  await a11y(page);
  const api = await page.request.get('/api/trpc/portal.me');
  expect(api.status()).toBe(403);
});
