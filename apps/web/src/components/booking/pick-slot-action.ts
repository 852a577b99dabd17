'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { redirect } from 'next/navigation';

const field = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/**
 * A chosen slot: patients get a hold and go on to confirm it; staff book outright for the patient;
 * with `reschedule` the appointment moves instead.
 */
export async function pickSlotAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let next: string;
  try {
    const api = await getApi();
    const reschedule = field(form, 'reschedule');
    const common = {
      start: field(form, 'start') ?? '',
      clinicianId: field(form, 'clinician'),
      idempotencyKey: field(form, 'idempotencyKey') ?? '',
    };
    const result = reschedule
      ? await api.scheduling.reschedule({ ...common, appointmentId: reschedule })
      : await api.scheduling.book({
          ...common,
          locationId: field(form, 'location') ?? '',
          appointmentTypeId: field(form, 'type') ?? '',
          patientId: field(form, 'patient'),
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
