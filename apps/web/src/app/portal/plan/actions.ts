'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { revalidatePath } from 'next/cache';

const text = (form: FormData, name: string): string => {
  const v = form.get(name);
  return typeof v === 'string' ? v.trim() : '';
};

export async function tickAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await (
      await getApi()
    ).plans.tick({ itemKey: text(form, 'itemKey'), done: text(form, 'done') === 'true' });
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath('/portal/plan');
  return {};
}

export async function logPainAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const pain = text(form, 'pain');
  const distance = text(form, 'distanceKm');
  if (pain === '') return { error: 'Choose your pain from 0 to 10.' };
  try {
    await (
      await getApi()
    ).plans.logPain({
      pain: Number(pain),
      distanceKm: distance === '' ? undefined : Math.round(Number(distance)),
      note: text(form, 'note') || undefined,
    });
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath('/portal/plan');
  return { message: `Saved: pain ${pain} out of 10. Thank you.` };
}
