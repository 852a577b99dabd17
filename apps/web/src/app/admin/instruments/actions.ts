'use server';

import type { ActionState } from '~/server/action-error';
import { actionErrorState } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formText } from '~/server/form-data';
import { revalidatePath } from 'next/cache';

import type { LicensedInstrumentId } from '@stride/api';

/** Items arrive as `item-<id>`; the procedure's schema says which ones are missing, by item. */
export async function saveTextsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const items: Record<string, string> = {};
  for (const key of form.keys()) {
    if (key.startsWith('item-')) items[key.slice(5)] = formText(form, key);
  }
  try {
    const saved = await (
      await getApi()
    ).instrumentTexts.save({
      // Typed for the call only: the procedure's schema parses it.
      instrumentId: formText(form, 'instrumentId') as LicensedInstrumentId,
      items,
    });
    revalidatePath('/admin/instruments');
    return {
      message: `Saved for version ${saved.instrumentVersion}. Patients can now answer it in the portal.`,
    };
  } catch (error) {
    return actionErrorState(error, (path) =>
      path[0] === 'items' && path[1] !== undefined ? `item-${String(path[1])}` : undefined,
    );
  }
}
