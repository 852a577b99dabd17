'use server';

import type { ActionState } from '~/server/action-error';
import { actionErrorState } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formNumber, formText } from '~/server/form-data';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import type { AppointmentTypeFields } from '@stride/api';

/** The form's fields as the procedure's input; rooms are checkboxes named resourceKinds. */
function readTypeForm(form: FormData): AppointmentTypeFields {
  return {
    name: formText(form, 'name'),
    durationMinutes: formNumber(form, 'durationMinutes'),
    bufferBeforeMinutes: formNumber(form, 'bufferBeforeMinutes'),
    bufferAfterMinutes: formNumber(form, 'bufferAfterMinutes'),
    resourceKinds: form
      .getAll('resourceKinds')
      .map(String) as AppointmentTypeFields['resourceKinds'],
    bookableOnline: form.get('bookableOnline') === 'on',
    active: form.get('active') === 'on',
  };
}

// Every message about a chosen room kind goes beside the room checkboxes.
const fieldOf = (path: readonly PropertyKey[]) => String(path[0] ?? '');

export async function createTypeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await (await getApi()).adminAppointmentTypes.create(readTypeForm(form));
  } catch (error) {
    return actionErrorState(error, fieldOf);
  }
  revalidatePath('/admin/appointment-types');
  redirect('/admin/appointment-types?created=1');
}

export async function updateTypeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await (
      await getApi()
    ).adminAppointmentTypes.update({
      ...readTypeForm(form),
      appointmentTypeId: formText(form, 'appointmentTypeId'),
    });
  } catch (error) {
    return actionErrorState(error, fieldOf);
  }
  revalidatePath('/admin/appointment-types');
  return { message: 'Saved. New bookings use these settings from now on.' };
}
