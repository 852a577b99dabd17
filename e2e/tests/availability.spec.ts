import { hashPassword } from '@stride/auth';
import { makeMember, makeWorkingHours } from '@stride/db/testing';

import { expect, PASSWORD, signIn, test } from './fixtures';

test('a clinician sets weekly hours and books time off', async ({ page, a11y, db, world }) => {
  // A clinician of this test's own, so the booking tests' hours stay as they are.
  const me = await makeMember(db.db, world.org.id, 'clinician', {
    passwordHash: await hashPassword(PASSWORD),
    locationIds: [world.loc.id],
    name: 'Dr. Hours',
  });
  await makeWorkingHours(db.db, world.org.id, me.id, world.loc.id, [1, 2, 3]);
  await signIn(page, me.email);
  await page.goto('/clinician/availability');
  await a11y(page);
  const form = page.getByTestId(`hours-form-${world.loc.name}`);
  await expect(form.getByTestId('start-1')).toHaveValue('08:00');
  await form.getByTestId('start-1').fill('13:00');
  await form.getByTestId('end-1').fill('15:00');
  await form.getByTestId('start-2').fill('');
  await form.getByTestId('end-2').fill('');
  await form.getByTestId('save-hours').click();
  await expect(form.getByTestId('action-message')).toContainText('Saved');
  await page.reload();
  await expect(form.getByTestId('start-1')).toHaveValue('13:00');
  await expect(form.getByTestId('start-2')).toHaveValue('');

  await form.getByTestId('start-4').fill('09:00');
  await form.getByTestId('save-hours').click();
  await expect(form.getByTestId('action-error')).toContainText('Give both a start and an end');

  await page.getByTestId('time-off-date').fill('2027-01-04');
  await page.getByTestId('add-time-off').click();
  await expect(page.getByTestId('time-off')).toContainText('Jan 4, 2027');
  await a11y(page);
});
