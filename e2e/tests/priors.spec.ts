import { expect, signIn, test } from './fixtures';

// The clinician's test runs on the default the admin's test sets, in the same worker's world.
test.describe.configure({ mode: 'serial' });

let profileId = '';

test('an admin starts a profile, edits it with the total in view, saves with a reason and makes it the default', async ({
  page,
  a11y,
  world,
}) => {
  await signIn(page, world.admin.email);
  await page.getByRole('link', { name: 'Priors' }).click();
  await expect(page).toHaveURL(/\/admin\/priors$/);
  await expect(page.getByTestId('builtin-clinic-method')).toContainText('34.0 %');
  await expect(page.getByTestId('own-profiles-empty')).toBeVisible();
  await a11y(page);

  await page.getByTestId('profile-name').fill('Venice jumpers');
  await page.getByTestId('profile-base').selectOption('literature');
  await page.getByTestId('create-profile').click();
  await expect(page).toHaveURL(/\/admin\/priors\/[0-9a-f-]{36}$/);
  profileId = page.url().split('/').pop() ?? '';
  await expect(page.getByTestId('profile-title')).toHaveText('Venice jumpers');
  const total = page.getByTestId('priors-total');
  await expect(total).toHaveText('Total: 100.0 % ✓');

  // The running total follows every keystroke, before anything is sent.
  await page.getByTestId('prior-patellar_tendinopathy').fill('15');
  await expect(total).toContainText('105.0 %');
  await expect(total).toContainText('remove 5.0 %');
  await page.getByTestId('priors-reason').fill('More jumpers than the literature assumes');
  await page.getByTestId('priors-save').click();
  await expect(page.getByTestId('priors-error')).toHaveText(
    'The values add up to 105.0 %; they must add up to 100.0 %.',
  );
  await page.getByTestId('prior-patellofemoral_malalignment').fill('35');
  await expect(total).toHaveText('Total: 100.0 % ✓');
  await page.getByTestId('citation-patellar_tendinopathy').fill('Venice clinic audit 2025');
  await page.getByTestId('priors-save').click();
  await expect(page.getByTestId('priors-message')).toHaveText('Saved as version 2.');

  const latest = page.getByTestId('priors-version').first();
  await expect(latest).toContainText('Version 2');
  await expect(latest).toContainText('Ada Admin');
  await expect(latest).toContainText('More jumpers than the literature assumes');
  const changes = latest.getByTestId('priors-change');
  await expect(changes).toHaveCount(2);
  await expect(changes.filter({ hasText: 'Patellar tendinopathy' })).toContainText(
    '10.0 % (expert-set)15.0 % (cited: Venice clinic audit 2025)',
  );
  await expect(changes.filter({ hasText: 'Patellofemoral' })).toContainText('40.0 %');
  await a11y(page);

  await page.getByTestId('make-default').click();
  await expect(page.getByTestId('profile-summary')).toContainText('the default for new diagnoses');
  await page.goto('/admin/priors');
  await expect(page.getByTestId('default-profile')).toHaveValue(profileId);
  await expect(page.getByTestId('own-profiles')).toContainText('Version 2');
});

test('a clinician’s differential and confirmation run on the organisation’s default profile', async ({
  page,
  world,
  db,
}) => {
  expect(profileId).not.toBe('');
  await signIn(page, world.clinician.email);
  await page.goto(`/clinician/patients/${world.patient.id}`);
  await page.getByTestId('start-encounter').click();
  await expect(page.getByTestId(`profile-${profileId}`)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('profile-note')).toContainText(
    'Venice jumpers profile v2, the clinic default',
  );
  // The built-ins stay one click away.
  await page.getByTestId('profile-clinic-method').click();
  await expect(page.getByTestId('profile-note')).toContainText('Clinic method profile v1');
  await page.getByTestId(`profile-${profileId}`).click();
  await page.getByTestId('confirm-diagnosis').click();
  await expect(page.getByTestId('confirmed-diagnosis')).toBeVisible();

  // The server recomputed the differential on the same profile and stored its version.
  const { rows } = await db.sql.executeSql(
    `select profile_id as id, profile_version as version from diagnoses
     where organization_id = $1 and patient_id = $2 and superseded_at is null`,
    [world.org.id, world.patient.id],
  );
  expect(rows).toEqual([{ id: profileId, version: 2 }]);
});

test('a copy of clinic-method keeps female and male columns, each with its own total', async ({
  page,
  a11y,
  world,
}) => {
  await signIn(page, world.admin.email);
  await page.goto('/admin/priors');
  await page.getByTestId('profile-name').fill('Venice by sex');
  await page.getByTestId('profile-base').selectOption('clinic-method');
  await page.getByTestId('create-profile').click();
  await expect(page).toHaveURL(/\/admin\/priors\/[0-9a-f-]{36}$/);
  // Both of clinic-method's tables, exactly: not their mean (29.0 %).
  await expect(page.getByTestId('prior-female-saphenous_nerve_entrapment')).toHaveValue('34');
  await expect(page.getByTestId('prior-male-saphenous_nerve_entrapment')).toHaveValue('24');
  const female = page.getByTestId('priors-total-female');
  const male = page.getByTestId('priors-total-male');
  await expect(female).toHaveText('Female total: 100.0 % ✓');
  await expect(male).toHaveText('Male total: 100.0 % ✓');

  // Only the edited column's total moves.
  await page.getByTestId('prior-female-saphenous_nerve_entrapment').fill('30');
  await expect(female).toHaveText('Female total: 96.0 % — add 4.0 % to reach 100.0 %');
  await expect(male).toHaveText('Male total: 100.0 % ✓');
  await page.getByTestId('priors-reason').fill('Fewer saphenous cases in our women');
  await page.getByTestId('priors-save').click();
  await expect(page.getByTestId('priors-error')).toHaveText(
    'The female values add up to 96.0 %; they must add up to 100.0 %.',
  );
  await page.getByTestId('prior-female-hip_referred_pain').fill('6');
  await page.getByTestId('citation-female-hip_referred_pain').fill('Venice audit 2025');
  await expect(female).toHaveText('Female total: 100.0 % ✓');
  await a11y(page);
  await page.getByTestId('priors-save').click();
  await expect(page.getByTestId('priors-message')).toHaveText('Saved as version 2.');

  const changes = page.getByTestId('priors-version').first().getByTestId('priors-change');
  await expect(changes).toHaveCount(2);
  await expect(changes.getByTestId('priors-change-sex')).toHaveText(['Female', 'Female']);
  await expect(changes.filter({ hasText: 'Hip' })).toContainText(
    '2.0 % (expert-set)6.0 % (cited: Venice audit 2025)',
  );
  await expect(page.getByTestId('prior-male-hip_referred_pain')).toHaveValue('2');
});
