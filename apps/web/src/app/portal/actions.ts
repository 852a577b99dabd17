'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { redirect } from 'next/navigation';

const field = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === 'string' && value !== '' ? value : undefined;
};

export async function confirmAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    id = (
      await (
        await getApi()
      ).scheduling.confirm({ appointmentId: field(form, 'appointmentId') ?? '' })
    ).id;
  } catch (error) {
    return { error: actionError(error) };
  }
  redirect(`/portal?booked=${id}`);
}

export async function cancelAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await (await getApi()).scheduling.cancel({ appointmentId: field(form, 'appointmentId') ?? '' });
  } catch (error) {
    return { error: actionError(error) };
  }
  redirect('/portal?cancelled=1');
}

export async function joinWaitlistAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await (
      await getApi()
    ).waitlist.join({
      locationId: field(form, 'location') ?? '',
      appointmentTypeId: field(form, 'type') ?? '',
      fromDate: field(form, 'fromDate') ?? '',
      toDate: field(form, 'toDate') ?? '',
    });
  } catch (error) {
    return { error: actionError(error) };
  }
  redirect('/portal?waitlisted=1');
}

export async function leaveWaitlistAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  try {
    await (await getApi()).waitlist.leave({ entryId: field(form, 'entryId') ?? '' });
  } catch (error) {
    return { error: actionError(error) };
  }
  redirect('/portal');
}

export async function acceptOfferAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    id = (await (await getApi()).waitlist.accept({ token: field(form, 'token') ?? '' })).id;
  } catch (error) {
    return { error: actionError(error) };
  }
  redirect(`/portal?booked=${id}`);
}
