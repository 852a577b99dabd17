'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { revalidatePath } from 'next/cache';

import type { InstrumentId } from '@stride/outcomes';

/** Items arrive as `item-<id>`; an empty box is "not answered" and the server says if it matters. */
export async function answerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const instrumentId = form.get('instrumentId');
  const answers: Record<string, number | null> = {};
  for (const [key, value] of form.entries()) {
    if (!key.startsWith('item-') || typeof value !== 'string') continue;
    answers[key.slice(5)] = value.trim() === '' ? null : Number(value);
  }
  try {
    const saved = await (
      await getApi()
    ).questionnaires.answer({
      // Typed for the call only: the procedure parses it and checks the clinic offers it.
      instrumentId: (typeof instrumentId === 'string' ? instrumentId : '') as InstrumentId,
      answers,
    });
    revalidatePath('/portal/progress');
    return { message: `Thank you. Your score today: ${saved.score}.` };
  } catch (error) {
    return { error: actionError(error) };
  }
}
