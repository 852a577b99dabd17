import type { Page, TestInfo } from '@playwright/test';

import { hashPassword } from '@stride/auth';
import { schema } from '@stride/db';
import { makeActivePlan, makeMember, makePatient } from '@stride/db/testing';
import { buildPlan, itemsOn } from '@stride/treatment';

import { expect, PASSWORD, signIn, test } from './fixtures';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Both widths the pages are built for, kept with the test's output for a person to look at. */
async function shoot(page: Page, info: TestInfo, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: info.outputPath(`${name}-${width}.png`), fullPage: true });
  }
}

function gaitExam(cpd: number, hipAdduction: number, cadence: number) {
  return {
    format: 'stride.exam-record/v1',
    symptomaticSide: 'right',
    gait: {
      cadenceSpm: cadence,
      right: { contralateralPelvicDropDeg: cpd, peakHipAdductionDeg: hipAdduction },
    },
  };
}

test('the clinician sees the gait re-test against baseline and discharges; the patient sees the summary', async ({
  browser,
  page,
  a11y,
  db,
  world,
}, info) => {
  const org = world.org.id;
  const user = await makeMember(db.db, org, 'patient', {
    passwordHash: await hashPassword(PASSWORD),
  });
  const patient = await makePatient(db.db, org, {
    homeLocationId: world.loc.id,
    userId: user.id,
    primaryClinicianId: world.clinician.id,
    familyName: 'Retested',
  });
  const startDate = isoDay(daysAgo(42));
  const condition = 'patellofemoral_malalignment';
  await makeActivePlan(db.db, org, {
    patientId: patient.id,
    clinicianId: world.clinician.id,
    locationId: world.loc.id,
    startDate,
    condition,
    content: { ...buildPlan({ condition, side: 'right', today: startDate }) },
  });
  const encounter = {
    organizationId: org,
    patientId: patient.id,
    clinicianId: world.clinician.id,
    locationId: world.loc.id,
    status: 'signed' as const,
    signedBy: world.clinician.id,
  };
  await db.db.insert(schema.encounters).values({
    ...encounter,
    exam: gaitExam(9, 16, 158),
    startedAt: daysAgo(41),
    signedAt: daysAgo(41),
  });
  // Few rows: the e2e package reads them whole rather than depend on drizzle's operators.
  const type = (await db.db.select().from(schema.appointmentTypes)).find(
    (t) => t.organizationId === org && t.key === 'gait_retest',
  );
  if (!type) throw new Error('no gait_retest type');
  const [appt] = await db.db
    .insert(schema.appointments)
    .values({
      organizationId: org,
      locationId: world.loc.id,
      appointmentTypeId: type.id,
      patientId: patient.id,
      clinicianId: world.clinician.id,
      startsAt: daysAgo(3),
      endsAt: new Date(daysAgo(3).getTime() + 45 * 60_000),
      status: 'completed',
    })
    .returning({ id: schema.appointments.id });
  await db.db.insert(schema.encounters).values({
    ...encounter,
    appointmentId: appt?.id,
    exam: gaitExam(5, 14, 168),
    startedAt: daysAgo(3),
    signedAt: daysAgo(3),
  });
  // Pain ratings as the portal stores them: the per-item answers are what the patient reads.
  for (const [ago, usual] of [
    [42, 6],
    [1, 2],
  ] as const) {
    const answers = { usual, worst: usual + 1, during_running: usual };
    await db.db.insert(schema.questionnaireResponses).values({
      organizationId: org,
      patientId: patient.id,
      instrumentId: 'nprs',
      instrumentVersion: '1',
      answers,
      score: usual,
      subscores: Object.entries(answers).map(([itemId, value]) => ({ itemId, value })),
      answeredAt: daysAgo(ago),
    });
  }
  for (const [ago, km, pain] of [
    [5, 10, 2],
    [4, 10, 3],
    [3, 10, 1],
    [2, 12, 2],
  ] as const)
    await db.db.insert(schema.painLogs).values({
      organizationId: org,
      patientId: patient.id,
      day: isoDay(daysAgo(ago)),
      pain,
      distanceKm: km,
    });

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, world.clinician.email);
  await staff.goto(`/clinician/patients/${patient.id}`);
  const cpd = staff.getByTestId('gait-contralateral_pelvic_drop-right');
  await expect(cpd).toContainText('-4° · Beyond measurement error (better)');
  await expect(cpd).toContainText('SDD 2.8° · Dingenen');
  await expect(staff.getByTestId('gait-peak_hip_adduction-right')).toContainText(
    'Within measurement error',
  );
  await expect(staff.getByTestId('gait-cadence-both')).toContainText('No published SDD');
  await expect(staff.getByTestId('book-gait-retest')).toHaveAttribute(
    'href',
    new RegExp(`type=${type.id}`),
  );
  await expect(staff.getByTestId('chart-pain-list')).toContainText('pain 3/10, 10 km');
  await a11y(staff);
  await shoot(staff, info, 'chart');

  await staff.getByTestId('chart-discharge').click();
  await expect(staff.getByTestId('criterion-mcid_reached')).toContainText('Met');
  await expect(staff.getByTestId('criterion-key_deficit_resolved')).toContainText('Met');
  // The running set was never answered, so there is no next-morning pain to judge the rule by.
  await expect(staff.getByTestId('criterion-running_volume')).toContainText('Cannot judge yet');
  await expect(staff.getByTestId('discharge-caveat')).toContainText('No published discharge rule');
  await a11y(staff);
  await shoot(staff, info, 'discharge');
  await staff
    .getByTestId('discharge-note')
    .fill('Pain settled, pelvic drop resolved; back to 40 km.');
  await staff.getByTestId('discharge-confirm').click();
  await expect(staff.getByTestId('discharge-summary')).toContainText(
    'You have finished your treatment plan.',
  );
  await shoot(staff, info, 'discharged');

  await signIn(page, user.email);
  await page.goto('/portal/progress');
  const summary = page.getByTestId('portal-discharge');
  await expect(summary).toContainText(
    'Your usual knee pain went from 6 to 2 out of 10: a real improvement.',
  );
  await expect(summary).not.toContainText('pelvic drop resolved; back to 40 km');
  await expect(page.getByTestId('portal-progress-summary')).toContainText('real improvement');
  await a11y(page);
  await shoot(page, info, 'portal-progress');
});

test('a failing patellofemoral plan with burning inner-knee pain prompts the saphenous re-run; recording it quiets the prompt', async ({
  page,
  a11y,
  db,
  world,
}, info) => {
  const org = world.org.id;
  const patient = await makePatient(db.db, org, {
    homeLocationId: world.loc.id,
    primaryClinicianId: world.clinician.id,
    familyName: 'Saphenous',
  });
  const history = { painRegions: ['medial_knee'], painQualities: ['burning'] };
  await db.db.insert(schema.intakes).values({
    organizationId: org,
    patientId: patient.id,
    version: 1,
    status: 'submitted',
    data: { side: 'right', ...history },
    submittedAt: daysAgo(52),
  });
  const startDate = isoDay(daysAgo(50));
  const condition = 'patellofemoral_malalignment';
  const content = buildPlan({ condition, side: 'right', today: startDate });
  const { planId } = await makeActivePlan(db.db, org, {
    patientId: patient.id,
    clinicianId: world.clinician.id,
    locationId: world.loc.id,
    startDate,
    condition,
    content: { ...content },
  });
  await db.db.insert(schema.encounters).values({
    organizationId: org,
    patientId: patient.id,
    clinicianId: world.clinician.id,
    locationId: world.loc.id,
    status: 'signed',
    exam: { format: 'stride.exam-record/v1', symptomaticSide: 'right', history },
    startedAt: daysAgo(49),
    signedAt: daysAgo(49),
    signedBy: world.clinician.id,
  });
  for (const [ago, usual] of [
    [50, 6],
    [1, 6],
  ] as const)
    await db.db.insert(schema.questionnaireResponses).values({
      organizationId: org,
      patientId: patient.id,
      instrumentId: 'nprs',
      instrumentVersion: '1',
      answers: { usual, worst: usual, during_running: usual },
      score: usual,
      subscores: [],
      answeredAt: daysAgo(ago),
    });
  // Every prescribed exercise done for three weeks: poor adherence does not explain the plateau.
  for (let ago = 21; ago >= 0; ago -= 1) {
    const day = isoDay(daysAgo(ago));
    for (const item of itemsOn(content, day))
      await db.db.insert(schema.exerciseLogs).values({
        organizationId: org,
        patientId: patient.id,
        planId,
        itemKey: item.key,
        day,
        done: true,
      });
  }

  await signIn(page, world.clinician.email);
  await page.goto(`/clinician/patients/${patient.id}`);
  await expect(page.getByTestId('saphenous-prompt')).toContainText('consider saphenous neuropathy');
  await a11y(page);
  await shoot(page, info, 'saphenous-chart');
  await page.getByTestId('rerun-prior-care-failed').click();
  await expect(page).toHaveURL(/\/clinician\/encounters\//);
  await expect(page.getByTestId('differential')).toBeVisible();
  await page.goto(`/clinician/patients/${patient.id}`);
  await expect(page.getByTestId('chart-name')).toBeVisible();
  await expect(page.getByTestId('saphenous-prompt')).toHaveCount(0);
});
