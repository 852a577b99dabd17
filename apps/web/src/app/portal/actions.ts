'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formOptional } from '~/server/form-data';
import { redirect } from 'next/navigation';

export async function confirmAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    id = (
      await (
        await getApi()
      ).scheduling.confirm({ appointmentId: formOptional(form, 'appointmentId') ?? '' })
    ).id;
  } catch (error) {
    return { error: actionError(error) };
  }
  redirect(`/portal?booked=${id}`);
}

export async function cancelAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await (
      await getApi()
    ).scheduling.cancel({ appointmentId: formOptional(form, 'appointmentId') ?? '' });
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
      locationId: formOptional(form, 'location') ?? '',
      appointmentTypeId: formOptional(form, 'type') ?? '',
      fromDate: formOptional(form, 'fromDate') ?? '',
      toDate: formOptional(form, 'toDate') ?? '',
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
    await (await getApi()).waitlist.leave({ entryId: formOptional(form, 'entryId') ?? '' });
  } catch (error) {
    return { error: actionError(error) };
  }
  redirect('/portal');
}

export async function acceptOfferAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    id = (await (await getApi()).waitlist.accept({ token: formOptional(form, 'token') ?? '' })).id;
  } catch (error) {
    return { error: actionError(error) };
  }
  redirect(`/portal?booked=${id}`);
}
