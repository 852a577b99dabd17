'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formOptional } from '~/server/form-data';
import { revalidatePath } from 'next/cache';

/** Rows named start-<weekday>-<n> / end-<weekday>-<n>; a day with both empty is a day off. */
export async function saveWeeklyHoursAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const windows: { weekday: number; start: string; end: string }[] = [];
  for (const key of form.keys()) {
    const m = /^start-(\d)-(\d+)$/.exec(key);
    if (!m) continue;
    const start = formOptional(form, key);
    const end = formOptional(form, `end-${m[1]}-${m[2]}`);
    if (!start && !end) continue;
    if (!start || !end)
      return {
        error:
          'Give both a start and an end for each working day, or leave both empty for a day off.',
      };
    windows.push({ weekday: Number(m[1]), start, end });
  }
  try {
    await (
      await getApi()
    ).availability.setWeekly({
      clinicianId: formOptional(form, 'clinicianId'),
      locationId: formOptional(form, 'locationId') ?? '',
      windows,
    });
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath('/clinician/availability');
  return { message: 'Saved. New bookings follow these hours from now on.' };
}

export async function addTimeOffAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await (
      await getApi()
    ).availability.addException({
      clinicianId: formOptional(form, 'clinicianId'),
      kind: 'time_off',
      date: formOptional(form, 'date') ?? '',
      startTime: formOptional(form, 'startTime'),
      endTime: formOptional(form, 'endTime'),
      note: formOptional(form, 'note'),
    });
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath('/clinician/availability');
  return { message: 'Time off added.' };
}

export async function removeTimeOffAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  try {
    await (
      await getApi()
    ).availability.removeException({
      clinicianId: formOptional(form, 'clinicianId'),
      exceptionId: formOptional(form, 'exceptionId') ?? '',
    });
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath('/clinician/availability');
  return {};
}
