import { z } from 'zod';

/** Roles an admin can give staff; patients join through their own sign-up, never this screen. */
export const STAFF_ROLES = ['admin', 'clinician', 'front_desk'] as const;
export const staffRoleSchema = z.enum(STAFF_ROLES, 'Choose a role.');
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const STAFF_ROLE_LABELS: Readonly<Record<StaffRole, string>> = {
  admin: 'Admin',
  clinician: 'Clinician',
  front_desk: 'Front desk',
};

/** Where a member works: every location, or the ones listed (at least one, or they see nothing). */
export const staffScopeFields = {
  role: staffRoleSchema,
  allLocations: z.boolean(),
  locationIds: z.array(z.uuid('That is not a location of this organisation.')).max(200),
};

export function requireSomeLocation(
  value: { allLocations: boolean; locationIds: readonly string[] },
  ctx: z.RefinementCtx,
): void {
  if (!value.allLocations && value.locationIds.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['locationIds'],
      message: 'Choose at least one location, or all locations.',
    });
  }
}

export const staffEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter their email address.')
  .pipe(z.email('Enter a valid email address.'))
  .pipe(z.string().max(320, 'That email address is too long.'));

export const staffNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter their name.')
  .max(200, 'Keep the name under 200 characters.');
