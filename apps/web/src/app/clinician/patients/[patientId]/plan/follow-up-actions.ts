'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formText } from '~/server/form-data';
import { revalidatePath } from 'next/cache';

export async function recordRaceDecisionAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const decision = formText(form, 'decision');
  if (decision !== 'go' && decision !== 'no_go') return { error: 'Choose go or no-go.' };
  try {
    await (
      await getApi()
    ).followUps.recordRaceDecision({
      planId: formText(form, 'planId'),
      decision,
      note: formText(form, 'note'),
    });
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath(`/clinician/patients/${formText(form, 'patientId')}/plan`);
  return { message: decision === 'go' ? 'Recorded: go.' : 'Recorded: no-go.' };
}

export async function cancelPlanAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let cancelled: number;
  try {
    cancelled = (
      await (
        await getApi()
      ).plans.cancel({ planId: formText(form, 'planId'), reason: formText(form, 'reason') })
    ).cancelledFollowUps;
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath(`/clinician/patients/${formText(form, 'patientId')}/plan`);
  return {
    message: `Plan stopped. ${cancelled} open check-in${cancelled === 1 ? '' : 's'} cancelled.`,
  };
}
