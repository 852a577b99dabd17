'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formText } from '~/server/form-data';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import type { PriorsEdit } from '@stride/diagnosis';

export async function createPriorProfileAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  let id: string;
  try {
    const basedOn = formText(form, 'basedOn') === 'literature' ? 'literature' : 'clinic-method';
    id = (await (await getApi()).priors.create({ name: formText(form, 'name'), basedOn })).id;
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath('/admin/priors');
  redirect(`/admin/priors/${id}`);
}

export async function setDefaultPriorProfileAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  try {
    await (await getApi()).priors.setDefault({ profileId: formText(form, 'profileId') });
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath('/admin/priors', 'layout');
  return { message: 'Default saved. New diagnoses run on this profile from now on.' };
}

export type SavePriorsResult = { ok: true; version: number } | { ok: false; error: string };

/** Called by the editor with the values it already checked; the procedure checks them again. */
export async function savePriorsAction(
  profileId: string,
  baseVersion: number,
  edit: PriorsEdit,
): Promise<SavePriorsResult> {
  try {
    const { version } = await (
      await getApi()
    ).priors.saveVersion({ profileId, baseVersion, ...edit });
    revalidatePath(`/admin/priors/${profileId}`);
    revalidatePath('/admin/priors');
    return { ok: true, version };
  } catch (error) {
    return { ok: false, error: actionError(error) };
  }
}
