import { z } from 'zod';

import type { StrideCase } from '@stride/exam-schema';
import {
  caseToExamRecord,
  examRecordSchema,
  examRecordToCase,
  parseCaseText,
} from '@stride/exam-schema';

import type { AuthedContext } from '../context';
import type { encounterIdInput } from './get-encounter';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { findEncounter } from './find-encounter';
import { startEncounter } from './start-encounter';
import { CASE_MAX_BYTES, fileTooLargeMessage } from './upload-limits';

/** The encounter as a `stride.case/v1` document (the symptomatic side only, by definition). */
export async function exportCase(
  ctx: AuthedContext,
  input: z.infer<typeof encounterIdInput>,
): Promise<StrideCase> {
  const e = await findEncounter(ctx, ctx.db, input.encounterId);
  const out = examRecordToCase(examRecordSchema.parse(e.exam));
  await emitAudit(ctx.db, ctx.viewer, {
    action: 'encounter.export',
    entityType: 'encounter',
    entityId: e.id,
    patientId: e.patientId,
    locationId: e.locationId,
  });
  return out;
}

export const importCaseInput = z
  .object({
    patientId: z.uuid('That is not a patient id.'),
    json: z
      .string()
      .min(1, 'Choose a case file.')
      .max(CASE_MAX_BYTES, fileTooLargeMessage(CASE_MAX_BYTES)),
  })
  .strict();

/** A case file becomes a new open encounter; a bad file names each path that is wrong. */
export async function importCase(
  ctx: AuthedContext,
  input: z.infer<typeof importCaseInput>,
): Promise<{ id: string }> {
  const parsed = parseCaseText(input.json);
  if (!parsed.ok)
    throw new DomainError('BAD_REQUEST', `Nothing was imported.\n${parsed.errors.join('\n')}`);
  return startEncounter(ctx, { patientId: input.patientId, from: caseToExamRecord(parsed.value) });
}
