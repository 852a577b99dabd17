'use server';

import type { ActionState } from '~/server/action-error';
import { TRPCError } from '@trpc/server';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formOptional } from '~/server/form-data';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { CASE_MAX_BYTES, fileTooLargeMessage, GAIT_CSV_MAX_BYTES } from '@stride/api';

export type SaveResult =
  { ok: true; revision: number; savedAt: string } | { ok: false; error: string; conflict: boolean };

/** Autosave: called from the workspace with the whole record and the revision it started from. */
export async function saveExamAction(
  encounterId: string,
  revision: number,
  exam: unknown,
): Promise<SaveResult> {
  try {
    const saved = await (await getApi()).encounters.saveExam({ encounterId, revision, exam });
    return { ok: true, revision: saved.revision, savedAt: saved.savedAt.toISOString() };
  } catch (error) {
    return {
      ok: false,
      error: actionError(error),
      conflict: error instanceof TRPCError && error.code === 'CONFLICT',
    };
  }
}

export async function importGaitCsvAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return { error: 'Choose a CSV file to import.' };
  // Refused by size before a byte of it is read.
  if (file.size > GAIT_CSV_MAX_BYTES) return { error: fileTooLargeMessage(GAIT_CSV_MAX_BYTES) };
  const encounterId = formOptional(form, 'encounterId') ?? '';
  try {
    const result = await (
      await getApi()
    ).encounters.importGaitCsv({
      encounterId,
      revision: Number(formOptional(form, 'revision')),
      csv: await file.text(),
    });
    revalidatePath(`/clinician/encounters/${encounterId}`);
    return { message: `Imported ${result.rows} metrics.` };
  } catch (error) {
    return { error: actionError(error) };
  }
}

export async function confirmDiagnosisAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const encounterId = formOptional(form, 'encounterId') ?? '';
  try {
    const side = formOptional(form, 'side');
    const result = await (
      await getApi()
    ).encounters.confirmDiagnosis({
      encounterId,
      condition: (formOptional(form, 'condition') ?? '') as never,
      side: (side ?? '') as 'left',
      // The profile the panel showed; the server resolves it (and refuses another organisation's).
      profile: formOptional(form, 'profile'),
      note: formOptional(form, 'note'),
    });
    revalidatePath(`/clinician/encounters/${encounterId}`);
    return { message: `Confirmed (ICD-10-CM ${result.icd10Code}).` };
  } catch (error) {
    return { error: actionError(error) };
  }
}

export async function signEncounterAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const encounterId = formOptional(form, 'encounterId') ?? '';
  try {
    await (await getApi()).encounters.sign({ encounterId });
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath(`/clinician/encounters/${encounterId}`);
  return { message: 'Signed. The record is now read-only; add an addendum to correct it.' };
}

export async function addAddendumAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const encounterId = formOptional(form, 'encounterId') ?? '';
  try {
    await (
      await getApi()
    ).encounters.addAddendum({ encounterId, text: formOptional(form, 'text') ?? '' });
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath(`/clinician/encounters/${encounterId}`);
  return { message: 'Addendum added.' };
}

/** From the chart: a new encounter, blank or from a case file. */
export async function startEncounterAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const patientId = formOptional(form, 'patientId') ?? '';
  let id: string;
  try {
    const api = await getApi();
    const file = form.get('file');
    if (file instanceof File && file.size > 0) {
      if (file.size > CASE_MAX_BYTES) return { error: fileTooLargeMessage(CASE_MAX_BYTES) };
      id = (await api.encounters.importCase({ patientId, json: await file.text() })).id;
    } else {
      id = (await api.encounters.start({ patientId })).id;
    }
  } catch (error) {
    return { error: actionError(error) };
  }
  redirect(`/clinician/encounters/${id}`);
}
