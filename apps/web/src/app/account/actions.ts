'use server';

import type { ActionState } from '~/server/action-error';
import { actionError, actionErrorState } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formText } from '~/server/form-data';
import { revalidatePath } from 'next/cache';

export async function revokeSessionAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  try {
    await (await getApi()).account.revokeSession({ sessionId: formText(form, 'sessionId') });
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath('/account');
  return { message: 'That session has ended: the device is signed out.' };
}

export async function changePasswordAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  let ended: number;
  try {
    ({ endedSessions: ended } = await (
      await getApi()
    ).account.changePassword({
      currentPassword: formText(form, 'currentPassword'),
      newPassword: formText(form, 'newPassword'),
      confirmPassword: formText(form, 'confirmPassword'),
    }));
  } catch (error) {
    return actionErrorState(error);
  }
  revalidatePath('/account');
  return {
    message:
      ended === 0
        ? 'Password changed.'
        : `Password changed. ${ended} other session${ended === 1 ? '' : 's'} signed out.`,
  };
}
