'use server';

import type { ActionState } from '~/server/action-error';
import { actionErrorState } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formText } from '~/server/form-data';
import { redirect } from 'next/navigation';

/** Sets the password (new accounts only) and joins; then to sign-in, to use it. */
export async function acceptAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await (
      await getApi()
    ).staff.acceptInvitation({
      token: formText(form, 'token'),
      password: rawOptional(form, 'password'),
      confirmPassword: rawOptional(form, 'confirmPassword'),
    });
  } catch (error) {
    return actionErrorState(error, (path) => String(path[0] ?? ''));
  }
  redirect('/sign-in');
}

/** Passwords are taken as typed (trimming would change what was chosen); blank is absent. */
function rawOptional(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === 'string' && value !== '' ? value : undefined;
}
