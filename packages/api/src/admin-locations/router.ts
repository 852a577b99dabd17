import { z } from 'zod';

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
    .input(getLocationInput)
    .output(locationDetail)
    .query(({ ctx, input }) => getLocation(ctx, input)),
  create: adminProcedure
    .input(createLocationInput)
    .output(created)
    .mutation(({ ctx, input }) => createLocation(ctx, input)),
  update: adminProcedure
    .input(updateLocationInput)
    .output(z.void())
    .mutation(({ ctx, input }) => updateLocation(ctx, input)),
  addResource: adminProcedure
    .input(addResourceInput)
    .output(created)
    .mutation(({ ctx, input }) => addResource(ctx, input)),
  renameResource: adminProcedure
    .input(renameResourceInput)
    .output(z.void())
    .mutation(({ ctx, input }) => renameResource(ctx, input)),
  setResourceActive: adminProcedure
    .input(setResourceActiveInput)
    .output(z.void())
    .mutation(({ ctx, input }) => setResourceActive(ctx, input)),
  addClinician: adminProcedure
    .input(addLocationClinicianInput)
    .output(z.void())
    .mutation(({ ctx, input }) => addLocationClinician(ctx, input)),
});
