'use server';

import type { ActionState } from '~/server/action-error';
import { actionErrorState } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formText } from '~/server/form-data';
import { revalidatePath } from 'next/cache';

type Kind = 'exam_room' | 'gait_lab';
const done = (locationId: string, message: string): ActionState => {
  revalidatePath(`/admin/locations/${locationId}`);
  revalidatePath('/admin');
  return { message };
};

export async function addRoomAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locationId = formText(form, 'locationId');
  const name = formText(form, 'name');
  try {
    await (
      await getApi()
    ).adminLocations.addResource({
      locationId,
      name,
      kind: formText(form, 'kind') as Kind,
      hasTreadmill: form.get('hasTreadmill') === 'on',
    });
  } catch (error) {
    return actionErrorState(error);
  }
  return done(locationId, `${name} added. Appointments that need it can use it from now on.`);
}

export async function renameRoomAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locationId = formText(form, 'locationId');
  try {
    await (
      await getApi()
    ).adminLocations.renameResource({
      resourceId: formText(form, 'resourceId'),
      name: formText(form, 'name'),
    });
  } catch (error) {
    return actionErrorState(error);
  }
  return done(locationId, 'Renamed.');
}

export async function setRoomActiveAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const locationId = formText(form, 'locationId');
  const active = formText(form, 'active') === 'true';
  try {
    await (
      await getApi()
    ).adminLocations.setResourceActive({ resourceId: formText(form, 'resourceId'), active });
  } catch (error) {
    return actionErrorState(error);
  }
  return done(locationId, active ? 'Back in use for booking.' : 'Deactivated: no longer booked.');
}

export async function addClinicianAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locationId = formText(form, 'locationId');
  try {
    await (
      await getApi()
    ).adminLocations.addClinician({ locationId, clinicianId: formText(form, 'clinicianId') });
  } catch (error) {
    return actionErrorState(error);
  }
  return done(locationId, 'Added. Now set their hours here, so patients can book them.');
}
