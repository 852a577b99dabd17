'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { revalidatePath } from 'next/cache';

const text = (form: FormData, name: string): string => {
  const v = form.get(name);
  return typeof v === 'string' ? v.trim() : '';
};

export async function buildPlanAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await (await getApi()).plans.createFromDiagnosis({ diagnosisId: text(form, 'diagnosisId') });
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath(`/clinician/patients/${text(form, 'patientId')}/plan`);
  return { message: 'Plan built from the template. Review the items below and save any changes.' };
}

/** Fields: dosage-<key> (changed dosages), remove-<key> (checked to drop), add + addDosage. */
export async function savePlanAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const removeKeys: string[] = [];
  const dosages: { key: string; dosage: string }[] = [];
  for (const name of form.keys()) {
    const remove = /^remove-(.+)$/.exec(name);
    if (remove?.[1]) removeKeys.push(remove[1]);
    const dosage = /^dosage-(.+)$/.exec(name);
    if (dosage?.[1] && text(form, name) !== text(form, `was-${dosage[1]}`))
      dosages.push({ key: dosage[1], dosage: text(form, name) });
  }
  const add = text(form, 'add');
  let version: number;
  try {
    version = (
      await (
        await getApi()
      ).plans.edit({
        planId: text(form, 'planId'),
        removeKeys,
        dosages: dosages.filter((d) => !removeKeys.includes(d.key)),
        add: add ? [{ exerciseId: add, dosage: text(form, 'addDosage') || undefined }] : [],
      })
    ).version;
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath(`/clinician/patients/${text(form, 'patientId')}/plan`);
  return { message: `Saved as version ${version}.` };
}
