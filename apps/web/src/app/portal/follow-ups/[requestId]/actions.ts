'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formText } from '~/server/form-data';
import { redirect } from 'next/navigation';

import type { Answers } from '@stride/outcomes';

type InstrumentId = 'nprs' | 'running_function';
export type FollowUpDraft = Partial<Record<InstrumentId, Answers>>;

/** Autosave: each instrument's answers so far; the procedure checks them against the instrument. */
export async function saveFollowUpDraftAction(
  requestId: string,
  draft: FollowUpDraft,
): Promise<{ savedAt?: string; error?: string }> {
  try {
    const api = await getApi();
    let savedAt = new Date();
    for (const [instrumentId, answers] of Object.entries(draft) as [InstrumentId, Answers][]) {
      savedAt = (await api.followUps.saveDraft({ requestId, instrumentId, answers })).savedAt;
    }
    return { savedAt: savedAt.toISOString() };
  } catch (error) {
    return { error: actionError(error) };
  }
}

export async function submitFollowUpAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  let answers: FollowUpDraft;
  try {
    answers = JSON.parse(formText(form, 'answers') || '{}') as FollowUpDraft;
  } catch {
    return { error: 'The answers could not be read. Please reload the page and try again.' };
  }
  try {
    await (await getApi()).followUps.submit({ requestId: formText(form, 'requestId'), answers });
  } catch (error) {
    return { error: actionError(error) };
  }
  redirect('/portal?answered=1');
}
