import { z } from 'zod';

import type { ChangeStatus } from './classify-change';
import type { Instrument } from './instrument-schema';
import type { Score } from './score-schemas';
import { assertNever } from './assert-never';
import { changeStatusSchema, classifyChange } from './classify-change';

export const progressLineSchema = z.object({
  /** Item id for per-item instruments (NPRS), otherwise the instrument id. */
  subject: z.string(),
  status: changeStatusSchema,
  text: z.string(),
});
export type ProgressLine = z.output<typeof progressLineSchema>;

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function points(value: number): string {
  return `${formatNumber(value)} point${value === 1 ? '' : 's'}`;
}

function sentence(
  instrument: Instrument,
  label: string,
  from: number,
  to: number,
): { status: ChangeStatus; text: string } {
  const result = classifyChange(instrument, from, to);
  const moved =
    to === from
      ? `has stayed at ${formatNumber(to)}`
      : `has ${to < from ? 'dropped' : 'risen'} from ${formatNumber(from)} to ${formatNumber(to)}`;
  const head = `Your ${label} ${moved}`;
  const mcid = result.mcid === null ? '' : points(result.mcid);
  // "More than" only when it is: a change of exactly the MCID still counts, but say so plainly.
  const size =
    result.mcid !== null && Math.abs(result.improvement) > result.mcid ? 'more than' : 'as much as';
  switch (result.status) {
    case 'improved':
      return {
        status: result.status,
        text: `${head}: that is a real improvement, ${size} the ${mcid} that matter.`,
      };
    case 'worsened':
      return {
        status: result.status,
        text: `${head}: that is ${size} the ${mcid} that matter, so your clinician will go through it with you.`,
      };
    case 'within_mcid':
      return {
        status: result.status,
        text: `${head}. Changes smaller than ${mcid} can happen from week to week, so we will keep watching.`,
      };
    case 'no_mcid':
      return { status: result.status, text: `${head}.` };
    default:
      return assertNever(result.status);
  }
}

function labelOf(instrument: Instrument, itemId: string): string {
  return instrument.items.find((item) => item.id === itemId)?.shortLabel ?? itemId;
}

/**
 * Plain-words progress for the patient portal, one line per score the patient would recognise:
 * each pain rating for per-item instruments, otherwise the instrument's overall score.
 */
export function summarizeProgress(
  instrument: Instrument,
  baseline: Pick<Score, 'value' | 'subscores'>,
  current: Pick<Score, 'value' | 'subscores'>,
): ProgressLine[] {
  if (instrument.scoring.kind === 'per_item') {
    return baseline.subscores.flatMap((before) => {
      const after = current.subscores.find((sub) => sub.itemId === before.itemId);
      if (after === undefined) return [];
      const label = labelOf(instrument, before.itemId);
      return [
        { subject: before.itemId, ...sentence(instrument, label, before.value, after.value) },
      ];
    });
  }
  const direction =
    instrument.direction === 'higher_is_better' ? 'higher is better' : 'lower is better';
  const label = `${instrument.name} score (${direction})`;
  return [
    { subject: instrument.id, ...sentence(instrument, label, baseline.value, current.value) },
  ];
}
