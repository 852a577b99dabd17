import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';

import type { DatabaseHandle } from '@stride/db';
import { hashPassword } from '@stride/auth';
import { createDatabase } from '@stride/db';
import {
  makeAppointmentTypes,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
  makeWorkingHours,
} from '@stride/db/testing';

import { E2E_DATABASE_URL } from '../env';

export const PASSWORD = 'e2e-password-2026';

/** Data this worker creates for itself: two organisations, so isolation can be tested. */
async function makeWorld(db: DatabaseHandle['db']) {
  const passwordHash = await hashPassword(PASSWORD);
  const org = await makeOrganization(db, 'E2E Running Clinics');
  const loc = await makeLocation(db, org.id, { name: 'Venice Beach' });
  const admin = await makeMember(db, org.id, 'admin', { passwordHash, name: 'Ada Admin' });
  const clinician = await makeMember(db, org.id, 'clinician', {
    passwordHash,
    locationIds: [loc.id],
    name: 'Dr. Cleo Clinician',
  });
  const frontDesk = await makeMember(db, org.id, 'front_desk', {
    passwordHash,
    locationIds: [loc.id],
    name: 'Fran Desk',
  });
  const patientUser = await makeMember(db, org.id, 'patient', { passwordHash, name: 'Pat Runner' });
  const patient = await makePatient(db, org.id, {
    homeLocationId: loc.id,
    primaryClinicianId: clinician.id,
    userId: patientUser.id,
    givenName: 'Pat',
    familyName: 'Runner',
  });
  await makeAppointmentTypes(db, org.id);
  await makeWorkingHours(db, org.id, clinician.id, loc.id);
  const secondPatientUser = await makeMember(db, org.id, 'patient', {
    passwordHash,
    name: 'Sam Second',
  });
  await makePatient(db, org.id, {
    homeLocationId: loc.id,
    userId: secondPatientUser.id,
    givenName: 'Sam',
    familyName: 'Second',
  });
  const other = await makePatient(db, org.id, {
    homeLocationId: loc.id,
    primaryClinicianId: clinician.id,
    givenName: 'Quinn',
    familyName: 'Strider',
  });
  const otherOrg = await makeOrganization(db, 'Rival Physio Group');
  const otherLoc = await makeLocation(db, otherOrg.id, { name: 'Elsewhere' });
  const foreignPatient = await makePatient(db, otherOrg.id, {
    homeLocationId: otherLoc.id,
    givenName: 'Fay',
    familyName: 'Foreign',
  });
  return {
    org,
    loc,
    admin,
    clinician,
    frontDesk,
    patientUser,
    secondPatientUser,
    patient,
    other,
    otherOrg,
    foreignPatient,
  };
}
export type World = Awaited<ReturnType<typeof makeWorld>>;

export const test = base.extend<
  { a11y: (page: Page) => Promise<void> },
  { db: DatabaseHandle; world: World }
>({
  db: [
    async ({}, use) => {
      const handle = await createDatabase({
        kind: 'postgres',
        url: E2E_DATABASE_URL,
        maxConnections: 2,
      });
      await use(handle);
      await handle.close();
    },
    { scope: 'worker' },
  ],
  world: [async ({ db }, use) => use(await makeWorld(db.db)), { scope: 'worker' }],
  a11y: async ({}, use) => use(expectAccessible),
});
export { expect };

/** Fails on serious or critical axe violations, naming each rule and where it fired. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Signs in through the form, as a person would, and waits for the role's home. */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}
