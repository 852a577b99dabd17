import { z } from 'zod';

import { auditedWithoutPatient, NO_PATIENT_DATA, notAudited } from '../audit-trail/audit-rule';
import { adminProcedure, createTRPCRouter, priorsReaderProcedure } from '../trpc';
import { createPriorProfile, createPriorProfileInput } from './create-prior-profile';
import { getPriorProfile, priorProfileInput, priorProfileOutput } from './get-prior-profile';
import { listPriorProfiles, priorProfilesOutput } from './list-prior-profiles';
import {
  savePriorProfileVersion,
  savePriorProfileVersionInput,
} from './save-prior-profile-version';
import { setDefaultPriorProfile, setDefaultPriorProfileInput } from './set-default-prior-profile';

/** Clinicians read profiles (the encounter's profile switch); only admins change them. */
export const priorsRouter = createTRPCRouter({
  list: priorsReaderProcedure
    .meta(notAudited(NO_PATIENT_DATA))
    .output(priorProfilesOutput)
    .query(({ ctx }) => listPriorProfiles(ctx)),
  get: adminProcedure
    .meta(notAudited(NO_PATIENT_DATA))
    .input(priorProfileInput)
    .output(priorProfileOutput)
    .query(({ ctx, input }) => getPriorProfile(ctx, input)),
  create: adminProcedure
    .meta(auditedWithoutPatient('prior_profile.create'))
    .input(createPriorProfileInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => createPriorProfile(ctx, input)),
  saveVersion: adminProcedure
    .meta(auditedWithoutPatient('prior_profile.edit'))
    .input(savePriorProfileVersionInput)
    .output(z.object({ version: z.number() }))
    .mutation(({ ctx, input }) => savePriorProfileVersion(ctx, input)),
  setDefault: adminProcedure
    .meta(auditedWithoutPatient('prior_profile.set_default'))
    .input(setDefaultPriorProfileInput)
    .output(z.void())
    .mutation(({ ctx, input }) => setDefaultPriorProfile(ctx, input)),
});
