import { z } from 'zod';

import { auditedWithoutPatient, NO_PATIENT_DATA, notAudited } from '../audit-trail/audit-rule';
import { authedProcedure, createTRPCRouter } from '../trpc';
import { changeMyPassword, changeMyPasswordInput } from './change-my-password';
import { listMySessions, mySessionSchema } from './list-my-sessions';
import { revokeMySession, revokeMySessionInput } from './revoke-my-session';

/** Every signed-in person's own account: their sessions and their password. */
export const accountRouter = createTRPCRouter({
  sessions: authedProcedure
    .meta(notAudited(NO_PATIENT_DATA))
    .output(z.array(mySessionSchema))
    .query(({ ctx }) => listMySessions(ctx.db, ctx.viewer, ctx.now())),
  revokeSession: authedProcedure
    .meta(auditedWithoutPatient('account.session_revoke'))
    .input(revokeMySessionInput)
    .mutation(({ ctx, input }) => revokeMySession(ctx.db, ctx.viewer, input, ctx.now())),
  changePassword: authedProcedure
    .meta(auditedWithoutPatient('account.password_change'))
    .input(changeMyPasswordInput)
    .output(z.object({ endedSessions: z.number() }))
    .mutation(({ ctx, input }) => changeMyPassword(ctx.db, ctx.viewer, input, ctx.now())),
});
