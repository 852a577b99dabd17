import { z } from 'zod';

import type { ExamRecord } from '@stride/exam-schema';
import { examRecordSchema } from '@stride/exam-schema';

import type { AuthedContext } from '../context';
import { DomainError } from '../errors';
import { findEncounter } from './find-encounter';
import { parseGaitCsv } from './parse-gait-csv';
import { saveExam } from './save-exam';
import { fileTooLargeMessage, GAIT_CSV_MAX_BYTES } from './upload-limits';

export const importGaitCsvInput = z
  .object({
    encounterId: z.uuid('That is not an encounter id.'),
    revision: z.number().int().min(0),
    csv: z.string().max(GAIT_CSV_MAX_BYTES, fileTooLargeMessage(GAIT_CSV_MAX_BYTES)),
  })
  .strict();

/** Merges imported metrics into the gait session; any bad line rejects the whole file. */
export async function importGaitCsv(
  ctx: AuthedContext,
  input: z.infer<typeof importGaitCsvInput>,
): Promise<{ revision: number; rows: number }> {
  const result = parseGaitCsv(input.csv);
  if (!result.ok)
    throw new DomainError('BAD_REQUEST', `Nothing was imported.\n${result.errors.join('\n')}`);
  const encounter = await findEncounter(ctx, ctx.db, input.encounterId);
  const exam: ExamRecord = examRecordSchema.parse(encounter.exam);
  const current = exam.gait ?? {};
  const merged: ExamRecord = {
    ...exam,
    gait: {
      ...current,
      ...result.gait,
      left: { ...current.left, ...result.gait.left },
      right: { ...current.right, ...result.gait.right },
    },
  };
  const saved = await saveExam(ctx, {
    encounterId: input.encounterId,
    revision: input.revision,
    exam: merged,
  });
  return { revision: saved.revision, rows: result.rows };
}
