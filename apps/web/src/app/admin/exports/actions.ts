'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { revalidatePath } from 'next/cache';

export async function startExportAction(_prev: ActionState): Promise<ActionState> {
  try {
    await (await getApi()).exports.startOrgExport();
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath('/admin/exports');
  return { message: 'Export started. This page updates when it is ready.' };
}
