'use server';

import type { ActionState } from '~/server/action-error';
import { actionError, actionErrorState } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formText } from '~/server/form-data';
import { revalidatePath } from 'next/cache';

import type { StaffRole } from '@stride/api';

/** Field errors go beside the form field named by the first step of the input path. */
const topField = (path: readonly PropertyKey[]) => String(path[0] ?? '');

function scopeOf(form: FormData) {
  return {
    // Typed for the call only: the procedure's schema parses it and refuses others by field.
    role: formText(form, 'role') as StaffRole,
    allLocations: form.get('allLocations') === 'on',
    locationIds: form.getAll('locationIds').filter((v): v is string => typeof v === 'string'),
  };
}

export async function inviteAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const sent = await (
      await getApi()
    ).staff.invite({
      email: formText(form, 'email'),
      name: formText(form, 'name'),
      ...scopeOf(form),
    });
    revalidatePath('/admin/staff');
    return { message: `Invitation sent to ${sent.email}. The link works once, for 7 days.` };
  } catch (error) {
    return actionErrorState(error, topField);
  }
}

export async function updateMemberAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await (await getApi()).staff.update({ userId: formText(form, 'userId'), ...scopeOf(form) });
    revalidatePath('/admin/staff');
    return { message: 'Saved. It applies from their next click.' };
  } catch (error) {
    return actionErrorState(error, topField);
  }
}

export async function setActiveAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const active = formText(form, 'active') === 'true';
    await (await getApi()).staff.setActive({ userId: formText(form, 'userId'), active });
    revalidatePath('/admin/staff');
    return { message: active ? 'Reactivated.' : 'Deactivated. Their sessions have ended.' };
  } catch (error) {
    return { error: actionError(error) };
  }
}

export async function revokeInvitationAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  try {
    await (await getApi()).staff.revokeInvitation({ invitationId: formText(form, 'invitationId') });
    revalidatePath('/admin/staff');
    return { message: 'Invitation withdrawn: the link no longer works.' };
  } catch (error) {
    return { error: actionError(error) };
  }
}
