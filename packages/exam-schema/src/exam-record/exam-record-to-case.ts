import type { StrideCase } from '../case/case-schema';
import type { ExamFindings } from '../case/exam-findings-schema';
import type { Gait } from '../case/gait-schema';
import type { ExamRecord } from './exam-record-schema';
import type { GaitSession, SideGait } from './gait-session-schema';
import { CASE_FORMAT } from '../case/case-schema';
import { sidesOf } from './case-to-exam-record';
import { mergeWorse } from './merge-worse';

/** The symptomatic side's values; for both knees (or no side) the worse of the two. */
function pickSides<T extends Record<string, unknown>>(
  perSide: { readonly left?: T; readonly right?: T },
  record: ExamRecord,
): T | undefined {
  let picked: T | undefined;
  for (const which of sidesOf(record.symptomaticSide)) {
    const value = perSide[which];
    if (value === undefined) continue;
    picked = picked === undefined ? structuredClone(value) : mergeWorse(picked, value);
  }
  return picked;
}

function joinGait(session: GaitSession, record: ExamRecord): Gait {
  const limb: SideGait = pickSides(session, record) ?? {};
  const gait: Gait = { ...limb };
  if (session.cadenceSpm !== undefined) gait.cadenceSpm = session.cadenceSpm;
  if (session.verticalOscillationCm !== undefined)
    gait.verticalOscillationCm = session.verticalOscillationCm;
  if (session.footStrike !== undefined) gait.footStrike = session.footStrike;
  if (session.crossoverGait !== undefined) gait.crossoverGait = session.crossoverGait;
  return gait;
}

/**
 * Flattens an exam record to the interchange case. Protocol, notes and the other side are
 * dropped: the case holds the symptomatic side only.
 */
export function examRecordToCase(record: ExamRecord): StrideCase {
  const out: StrideCase = { format: CASE_FORMAT };
  if (record.caseId !== undefined) out.id = record.caseId;
  if (record.patient !== undefined) out.patient = structuredClone(record.patient);
  if (record.symptomaticSide !== undefined) out.side = record.symptomaticSide;
  if (record.history !== undefined) out.history = structuredClone(record.history);
  if (record.gait !== undefined) out.gait = joinGait(record.gait, record);
  if (record.exam !== undefined) {
    const exam: ExamFindings = pickSides(record.exam, record) ?? {};
    out.exam = exam;
  }
  return out;
}
