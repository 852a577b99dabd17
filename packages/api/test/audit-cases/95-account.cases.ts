import { eq } from 'drizzle-orm';

import { createAuthSession, hashPassword } from '@stride/auth';
import { schema } from '@stride/db';

import type { AuditCase } from './case';

/** Security events on a person's own account: no patient, but on the record. */
export const cases: AuditCase[] = [
  {
    path: 'account.revokeSession',
    as: 'desk',
    run: async (api, { w, db }) => {
      const sessionId = await createAuthSession(db, {
        userId: w.people.desk.id,
        organizationId: w.org.id,
        role: 'front_desk',
        now: new Date(),
      });
      return api.account.revokeSession({ sessionId });
    },
  },
  {
    path: 'account.changePassword',
    as: 'desk',
    run: async (api, { w, db }) => {
      await db
        .update(schema.users)
        .set({ passwordHash: await hashPassword('audit-case-old-password') })
        .where(eq(schema.users.id, w.people.desk.id));
      return api.account.changePassword({
        currentPassword: 'audit-case-old-password',
        newPassword: 'audit-case-new-password',
        confirmPassword: 'audit-case-new-password',
      });
    },
  },
];
