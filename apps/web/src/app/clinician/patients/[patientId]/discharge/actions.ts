'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formOptional, formText } from '~/server/form-data';
import { redirect } from 'next/navigation';

/** Confirms the discharge; the server re-evaluates the criteria rather than trusting the page. */
export async function dischargeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const patientId = formText(form, 'patientId');
  try {
    await (
      await getApi()
    ).progress.discharge({
      patientId,
      planId: formText(form, 'planId'),
      note: formText(form, 'note'),
      deficit: formOptional(form, 'deficit'),
    });
  } catch (error) {
    return { error: actionError(error) };
  }
  redirect(`/clinician/patients/${patientId}/discharge`);
}
