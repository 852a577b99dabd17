'use server';

import { nextAuth } from '~/server/auth';
import { AuthError, CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';

import { signInSchema } from '@stride/auth';

export interface SignInState {
  email: string;
  error?: string;
  fieldErrors?: { email?: string; password?: string };
}

/** Only same-site paths, so a crafted link cannot bounce a user to another site after sign-in. */
function safeNext(value: FormDataEntryValue | null): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')
    ? value
    : '/';
}

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const rawEmail = form.get('email');
  const email = typeof rawEmail === 'string' ? rawEmail : '';
  const parsed = signInSchema.safeParse({ email, password: form.get('password') ?? '' });
  if (!parsed.success) {
    const fieldErrors: SignInState['fieldErrors'] = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if ((key === 'email' || key === 'password') && !fieldErrors[key])
        fieldErrors[key] = issue.message;
    }
    return { email, fieldErrors };
  }
  try {
    await nextAuth().signIn('credentials', { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === 'throttled') {
      return {
        email,
        error:
          'Too many failed sign-ins for this account. Wait 15 minutes and try again, or ask your clinic to reset your password.',
      };
    }
    if (error instanceof AuthError)
      return { email, error: 'That email and password do not match an account.' };
    throw error;
  }
  redirect(safeNext(form.get('next')));
}
