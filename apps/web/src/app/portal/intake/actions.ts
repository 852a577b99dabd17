'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { redirect } from 'next/navigation';

import type { IntakeData } from '@stride/exam-schema';

export interface AutosaveResult {
  savedAt?: string;
  version?: number;
  error?: string;
}

/** Autosave. The procedure parses `data` with the same schema the form checked it with. */
export async function saveIntakeDraftAction(data: IntakeData): Promise<AutosaveResult> {
  try {
    const saved = await (await getApi()).intake.saveDraft({ data });
    return { savedAt: saved.savedAt.toISOString(), version: saved.version };
  } catch (error) {
    return { error: actionError(error) };
  }
}

export async function submitIntakeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const raw = form.get('data');
  let data: IntakeData;
  try {
    data = JSON.parse(typeof raw === 'string' ? raw : '{}') as IntakeData;
  } catch {
    return { error: 'The form could not be read. Please reload the page and try again.' };
  }
  let version: number;
  try {
    const signedName = form.get('signedName');
    version = (
      await (
        await getApi()
      ).intake.submit({
        data,
        // The procedure refuses anything but true, with a message naming the consent box.
        consent: (form.get('consent') === 'yes') as true,
        signedName: typeof signedName === 'string' ? signedName : '',
      })
    ).version;
  } catch (error) {
    return { error: actionError(error) };
  }
  redirect(`/portal/intake?submitted=${version}`);
}
