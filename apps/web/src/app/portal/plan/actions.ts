'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formText } from '~/server/form-data';
import { revalidatePath } from 'next/cache';

export async function tickAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await (
      await getApi()
    ).plans.tick({ itemKey: formText(form, 'itemKey'), done: formText(form, 'done') === 'true' });
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath('/portal/plan');
  return {};
}

export async function logPainAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const pain = formText(form, 'pain');
  const distance = formText(form, 'distanceKm');
  if (pain === '') return { error: 'Choose your pain from 0 to 10.' };
  try {
    await (
      await getApi()
    ).plans.logPain({
      pain: Number(pain),
      distanceKm: distance === '' ? undefined : Math.round(Number(distance)),
      note: formText(form, 'note') || undefined,
    });
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath('/portal/plan');
  return { message: `Saved: pain ${pain} out of 10. Thank you.` };
}
