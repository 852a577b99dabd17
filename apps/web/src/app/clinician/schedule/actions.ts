'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formText } from '~/server/form-data';
import { revalidatePath } from 'next/cache';

export async function setStatusAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const status = formText(form, 'status');
  try {
    const api = await getApi();
    if (status === 'cancelled')
      await api.scheduling.cancel({ appointmentId: formText(form, 'appointmentId') });
    else if (status === 'checked_in' || status === 'completed' || status === 'no_show') {
      await api.scheduling.setStatus({ appointmentId: formText(form, 'appointmentId'), status });
    } else return { error: 'Choose what to do with this appointment.' };
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath('/clinician/schedule');
  return {};
}
