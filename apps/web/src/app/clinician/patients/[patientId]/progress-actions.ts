'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formText } from '~/server/form-data';
import { redirect } from 'next/navigation';

/** The booked gait re-test becomes an encounter linked to it: that encounter is the re-test. */
export async function startRetestAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    const api = await getApi();
    id = (
      await api.encounters.start({
        patientId: formText(form, 'patientId'),
        appointmentId: formText(form, 'appointmentId'),
      })
    ).id;
  } catch (error) {
    return { error: actionError(error) };
  }
  redirect(`/clinician/encounters/${id}`);
}

/**
 * The saphenous prompt's action: record the failed patellofemoral programme, then open the
 * encounter that carries it, where the engine's differential is shown beside the record.
 */
export async function priorCareFailedAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  let id: string;
  try {
    const api = await getApi();
    id = (await api.progress.recordPriorCareFailed({ patientId: formText(form, 'patientId') }))
      .encounterId;
  } catch (error) {
    return { error: actionError(error) };
  }
  redirect(`/clinician/encounters/${id}`);
}
