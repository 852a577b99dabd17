import { expect, signIn, test } from './fixtures';

test('a patient lands on their portal with their own details', async ({ page, a11y, world }) => {
  await signIn(page, world.patientUser.email);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByTestId('portal-greeting')).toHaveText('Hello, Pat');
  await expect(page.getByTestId('portal-details')).toContainText('Dr. Cleo Clinician');
  await expect(page.getByTestId('portal-appointments-empty')).toBeVisible();
  await a11y(page);
});

test("a patient is refused staff pages, other patients' charts and staff data", async ({
  page,
  a11y,
  world,
}) => {
  await signIn(page, world.patientUser.email);
  for (const path of [
    '/admin',
    '/clinician',
    `/clinician/patients/${world.other.id}`,
    `/clinician/patients/${world.foreignPatient.id}`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await a11y(page);
  expect(
    (
      await page.request.get(
        '/api/trpc/caseload.list?input=' + encodeURIComponent(JSON.stringify({ json: {} })),
      )
    ).status(),
  ).toBe(403);
});
