'use server';

import type { ActionState } from '~/server/action-error';
import { actionErrorState } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formText } from '~/server/form-data';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { readLocationForm } from './read-location-form';

export async function createLocationAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const read = readLocationForm(form);
  if ('refused' in read) return read.refused;
  let id: string;
  try {
    ({ id } = await (
      await getApi()
    ).adminLocations.create({
      ...read.fields,
      addDefaultRooms: form.get('addDefaultRooms') === 'on',
    }));
  } catch (error) {
    return actionErrorState(error, read.fieldOf);
  }
  revalidatePath('/admin');
  redirect(`/admin/locations/${id}?created=1`);
}

export async function updateLocationAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const read = readLocationForm(form);
  if ('refused' in read) return read.refused;
  const locationId = formText(form, 'locationId');
  try {
    await (await getApi()).adminLocations.update({ ...read.fields, locationId });
  } catch (error) {
    return actionErrorState(error, read.fieldOf);
  }
  revalidatePath('/admin');
  revalidatePath(`/admin/locations/${locationId}`);
  return { message: 'Saved. Booking uses these hours and this policy from now on.' };
}
