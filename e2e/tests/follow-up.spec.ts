import { hashPassword } from '@stride/auth';
import { schema } from '@stride/db';
import { makeMember, makePatient } from '@stride/db/testing';

import { expect, PASSWORD, signIn, test } from './fixtures';

/**
 * The follow-up schedule end to end: the clinician builds a plan (which schedules the check-ins)
 * and records a go/no-go; two weeks later the patient answers the week-2 check-in from the
 * portal home, with answers that survive a reload, and the task goes away.
 */
test('a plan schedules check-ins; the patient answers one with autosave and the task clears', async ({
  browser,
  page,
  db,
  world,
  a11y,
}) => {
  test.setTimeout(120_000);
  const user = await makeMember(db.db, world.org.id, 'patient', {
    passwordHash: await hashPassword(PASSWORD),
  });
  const patient = await makePatient(db.db, world.org.id, {
    homeLocationId: world.loc.id,
    userId: user.id,
    primaryClinicianId: world.clinician.id,
    givenName: 'Fola',
    familyName: 'Checkin',
  });
  const [encounter] = await db.db
    .insert(schema.encounters)
    .values({
      organizationId: world.org.id,
      patientId: patient.id,
      clinicianId: world.clinician.id,
      locationId: world.loc.id,
      exam: { format: 'stride.exam-record/v1', symptomaticSide: 'left' },
    })
    .returning({ id: schema.encounters.id });
  await db.db.insert(schema.diagnoses).values({
    organizationId: world.org.id,
    encounterId: encounter?.id ?? '',
    patientId: patient.id,
    condition: 'patellofemoral_malalignment',
    side: 'left',
    icd10Code: 'M22.2X2',
    engineVersion: 'e2e',
    profileId: 'clinic-method',
    profileVersion: 1,
    engineTop: 'patellofemoral_malalignment',
    engineOutput: {},
    confirmedBy: world.clinician.id,
  });

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, world.clinician.email);
  await staff.goto(`/clinician/patients/${patient.id}/plan`);
  await staff.getByTestId('build-plan').first().click();
  await expect(staff.getByTestId('plan-follow-up')).toHaveCount(5);
  await staff.getByTestId('race-go').check();
  await staff.getByTestId('race-note').fill('Pain-free long run of 90 minutes.');
  await staff.getByTestId('race-decision-save').click();
  await expect(staff.getByTestId('race-decision-current')).toContainText('Go');
  await a11y(staff);

  // Two weeks pass: the week-2 request falls due today in the clinic's zone (its send job's
  // start time is not awaited: the portal task shows from the due date on its own).
  const { rows } = await db.sql.executeSql(
    `update follow_up_requests set due_date = (
       select (now() at time zone l.time_zone)::date from locations l
       where l.organization_id = $1 and l.id = $3)
     where organization_id = $1 and patient_id = $2 and key = 'week-2' returning id`,
    [world.org.id, patient.id, world.loc.id],
  );
  const week2 = rows[0] as { id: string } | undefined;

  await signIn(page, user.email);
  const task = page.getByTestId(`follow-up-task-${week2?.id}`);
  await expect(task).toContainText('Week 2 check-in');
  await task.getByTestId('follow-up-task-link').click();
  await expect(page.getByTestId('follow-up-title')).toHaveText('Week 2 check-in');
  await page.getByTestId('fu-nprs-usual').fill('4');
  await page.getByTestId('fu-nprs-worst').fill('6');
  await expect(page.getByTestId('follow-up-autosave')).toContainText('Saved');
  await page.reload();
  await expect(page.getByTestId('fu-nprs-usual')).toHaveValue('4');
  await expect(page.getByTestId('fu-nprs-worst')).toHaveValue('6');
  await a11y(page);
  // Keyboard only from here: type, Tab to the next box.
  await page.getByTestId('fu-nprs-during_running').focus();
  await page.keyboard.type('5');
  for (const [item, value] of [
    ['longest_pain_free_run', '30'],
    ['last_run_pain', '3'],
    ['next_morning_pain', '2'],
    ['runs_this_week', '3'],
  ] as const) {
    await page.keyboard.press('Tab');
    await expect(page.getByTestId(`fu-running_function-${item}`)).toBeFocused();
    await page.keyboard.type(value);
  }
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('follow-up-submit')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/portal\?answered=1/);
  await expect(page.getByTestId('portal-notice')).toContainText('check-in answers');
  await expect(page.getByTestId('follow-up-tasks')).toHaveCount(0);
  await page.goto(`/portal/follow-ups/${week2?.id}`);
  await expect(page.getByTestId('follow-up-closed')).toContainText('You have sent these answers');
});
