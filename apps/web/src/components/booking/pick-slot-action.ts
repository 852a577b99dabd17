'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formOptional } from '~/server/form-data';
import { redirect } from 'next/navigation';

/**
 * A chosen slot: patients get a hold and go on to confirm it; staff book outright for the patient;
 * with `reschedule` the appointment moves instead.
 */
export async function pickSlotAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let next: string;
  try {
    const api = await getApi();
    const reschedule = formOptional(form, 'reschedule');
    const common = {
      start: formOptional(form, 'start') ?? '',
      clinicianId: formOptional(form, 'clinician'),
      idempotencyKey: formOptional(form, 'idempotencyKey') ?? '',
    };
    const result = reschedule
      ? await api.scheduling.reschedule({ ...common, appointmentId: reschedule })
      : await api.scheduling.book({
          ...common,
          locationId: formOptional(form, 'location') ?? '',
          appointmentTypeId: formOptional(form, 'type') ?? '',
          patientId: formOptional(form, 'patient'),
        });
    const staff = (await api.viewer.me()).role !== 'patient';
    next =
      result.status === 'held'
        ? `/portal/appointments/${result.id}/confirm`
        : staff
          ? `/clinician/patients/${result.patient.id}?booked=${result.id}`
          : `/portal?rescheduled=${result.id}`;
  } catch (error) {
    return { error: actionError(error) };
  }
  redirect(next);
}
