'use server';

import type { ActionState } from '~/server/action-error';
import { actionError } from '~/server/action-error';
import { getApi } from '~/server/api';
import { formText } from '~/server/form-data';
import { revalidatePath } from 'next/cache';

export async function buildPlanAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await (
      await getApi()
    ).plans.createFromDiagnosis({ diagnosisId: formText(form, 'diagnosisId') });
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath(`/clinician/patients/${formText(form, 'patientId')}/plan`);
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
    if (dosage?.[1] && formText(form, name) !== formText(form, `was-${dosage[1]}`))
      dosages.push({ key: dosage[1], dosage: formText(form, name) });
  }
  const add = formText(form, 'add');
  let version: number;
  try {
    version = (
      await (
        await getApi()
      ).plans.edit({
        planId: formText(form, 'planId'),
        removeKeys,
        dosages: dosages.filter((d) => !removeKeys.includes(d.key)),
        add: add ? [{ exerciseId: add, dosage: formText(form, 'addDosage') || undefined }] : [],
      })
    ).version;
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath(`/clinician/patients/${formText(form, 'patientId')}/plan`);
  return { message: `Saved as version ${version}.` };
}
