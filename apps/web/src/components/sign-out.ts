'use server';

import { nextAuth } from '~/server/auth';

/** Ends the server-side session row too (see the auth config's signOut event). */
export async function signOutAction(): Promise<void> {
  await nextAuth().signOut({ redirectTo: '/sign-in' });
}
