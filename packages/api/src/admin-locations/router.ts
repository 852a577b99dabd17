import { z } from 'zod';

import { auditedWithoutPatient, NO_PATIENT_DATA, notAudited } from '../audit-trail/audit-rule';
import { adminProcedure, createTRPCRouter } from '../trpc';
import { addLocationClinician, addLocationClinicianInput } from './add-location-clinician';
import { addResource, addResourceInput } from './add-resource';
import { createLocation, createLocationInput } from './create-location';
import { getLocation, getLocationInput, locationDetail } from './get-location';
import { renameResource, renameResourceInput } from './rename-resource';
import { setResourceActive, setResourceActiveInput } from './set-resource-active';
import { updateLocation, updateLocationInput } from './update-location';

const created = z.object({ id: z.string() });

/** Admins set up locations, their rooms and who works there; booking reads all of it live. */
export const adminLocationsRouter = createTRPCRouter({
  get: adminProcedure
    .meta(notAudited(NO_PATIENT_DATA))
    .input(getLocationInput)
    .output(locationDetail)
    .query(({ ctx, input }) => getLocation(ctx, input)),
  create: adminProcedure
    .meta(auditedWithoutPatient('location.create'))
    .input(createLocationInput)
    .output(created)
    .mutation(({ ctx, input }) => createLocation(ctx, input)),
  update: adminProcedure
    .meta(auditedWithoutPatient('location.update'))
    .input(updateLocationInput)
    .output(z.void())
    .mutation(({ ctx, input }) => updateLocation(ctx, input)),
  addResource: adminProcedure
    .meta(auditedWithoutPatient('resource.add'))
    .input(addResourceInput)
    .output(created)
    .mutation(({ ctx, input }) => addResource(ctx, input)),
  renameResource: adminProcedure
    .meta(auditedWithoutPatient('resource.rename'))
    .input(renameResourceInput)
    .output(z.void())
    .mutation(({ ctx, input }) => renameResource(ctx, input)),
  setResourceActive: adminProcedure
    .meta(auditedWithoutPatient('resource.deactivate', 'resource.reactivate'))
    .input(setResourceActiveInput)
    .output(z.void())
    .mutation(({ ctx, input }) => setResourceActive(ctx, input)),
  addClinician: adminProcedure
    .meta(auditedWithoutPatient('location.clinician.add'))
    .input(addLocationClinicianInput)
    .output(z.void())
    .mutation(({ ctx, input }) => addLocationClinician(ctx, input)),
});
