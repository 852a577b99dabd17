import type { StrideCase } from '../case/case-schema';
import type { Gait } from '../case/gait-schema';
import type { Side } from '../vocabulary/patient-vocabulary';
import type { ExamRecord } from './exam-record-schema';
import type { GaitSession, SideGait } from './gait-session-schema';
import { EXAM_RECORD_FORMAT } from './exam-record-schema';

/** The sides a case's findings describe; with no side given they describe both. */
export function sidesOf(side: Side | undefined): readonly ('left' | 'right')[] {
  switch (side) {
    case 'left':
      return ['left'];
    case 'right':
      return ['right'];
    case 'bilateral':
    case undefined:
      return ['left', 'right'];
  }
}

function splitGait(gait: Gait, side: Side | undefined): GaitSession {
  const { cadenceSpm, verticalOscillationCm, footStrike, crossoverGait, ...limb } = gait;
  const session: GaitSession = {};
  if (cadenceSpm !== undefined) session.cadenceSpm = cadenceSpm;
  if (verticalOscillationCm !== undefined) session.verticalOscillationCm = verticalOscillationCm;
  if (footStrike !== undefined) session.footStrike = footStrike;
  if (crossoverGait !== undefined) session.crossoverGait = crossoverGait;
  for (const which of sidesOf(side)) session[which] = { ...(limb satisfies SideGait) };
  return session;
}

/** Lifts a case into an exam record, putting its findings on the symptomatic side(s). */
export function caseToExamRecord(input: StrideCase): ExamRecord {
  const record: ExamRecord = { format: EXAM_RECORD_FORMAT };
  if (input.id !== undefined) record.caseId = input.id;
  if (input.patient !== undefined) record.patient = structuredClone(input.patient);
  if (input.side !== undefined) record.symptomaticSide = input.side;
  if (input.history !== undefined) record.history = structuredClone(input.history);
  if (input.gait !== undefined) record.gait = splitGait(input.gait, input.side);
  if (input.exam !== undefined) {
    const exam: NonNullable<ExamRecord['exam']> = {};
    for (const which of sidesOf(input.side)) exam[which] = structuredClone(input.exam);
    record.exam = exam;
  }
  return record;
}
