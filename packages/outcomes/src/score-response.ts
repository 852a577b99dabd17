import type { Instrument, ScoringRule } from './instrument-schema';
import type { AnswerError, Answers, ScoreResult } from './score-schemas';
import { assertNever } from './assert-never';
import { answersSchema } from './score-schemas';
import { validateAnswers } from './validate-answers';

/** One decimal is what the KOOS guide reports and finer than any MCID we compare against. */
function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function missingErrors(ids: readonly string[]): AnswerError[] {
  return ids.map((itemId) => ({
    kind: 'missing' as const,
    itemId,
    message: `Item "${itemId}" has no answer.`,
  }));
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function valueOf(values: ReadonlyMap<string, number>, itemId: string): number {
  // Validation guarantees every item is present before scoring; 0 only keeps the types honest.
  return values.get(itemId) ?? 0;
}

function scaleOf(instrument: Instrument, itemId: string): { min: number; max: number } {
  const item = instrument.items.find((candidate) => candidate.id === itemId);
  if (item === undefined) throw new Error(`${instrument.id}: scoring names unknown ${itemId}`);
  return item.scale;
}

interface Computed {
  readonly value: number;
  readonly subscores: { itemId: string; value: number }[];
}

function compute(
  instrument: Instrument,
  rule: ScoringRule,
  values: ReadonlyMap<string, number>,
): Computed {
  const answered = [...values.values()];
  switch (rule.kind) {
    case 'sum':
      return { value: answered.reduce((sum, value) => sum + value, 0), subscores: [] };
    case 'koos_transform':
      return { value: round1(100 - (mean(answered) * 100) / rule.itemMax), subscores: [] };
    case 'per_item':
      return {
        value: valueOf(values, rule.primaryItemId),
        subscores: instrument.items.map((item) => ({
          itemId: item.id,
          value: valueOf(values, item.id),
        })),
      };
    case 'weighted': {
      const totalWeight = rule.parts.reduce((sum, part) => sum + part.weight, 0);
      const points = rule.parts.reduce((sum, part) => {
        const scale = scaleOf(instrument, part.itemId);
        const top = Math.min(part.cap ?? scale.max, scale.max);
        const clamped = Math.min(valueOf(values, part.itemId), top);
        const fraction = (clamped - scale.min) / (top - scale.min);
        return sum + part.weight * (part.invert ? 1 - fraction : fraction);
      }, 0);
      return { value: round1((points * 100) / totalWeight), subscores: [] };
    }
    default:
      return assertNever(rule);
  }
}

/**
 * Validates answers against an instrument and scores them. Only the KOOS transform allows
 * missing items (up to `maxMissing`, filled with the mean of the answered items); every
 * other rule needs every item, because none of their sources gives a missing-item rule.
 */
export function scoreResponse(instrument: Instrument, answers: Answers): ScoreResult {
  const parsed = answersSchema.safeParse(answers);
  if (!parsed.success) {
    return {
      ok: false,
      errors: [
        { kind: 'not_whole_number', message: 'Answers must be numbers or null by item id.' },
      ],
    };
  }
  const { errors, values, missingItemIds } = validateAnswers(instrument, parsed.data);
  const rule = instrument.scoring;
  const allowedMissing = rule.kind === 'koos_transform' ? rule.maxMissing : 0;
  let imputedItemIds: string[] = [];
  if (missingItemIds.length > allowedMissing) {
    errors.push(...missingErrors(missingItemIds));
    if (allowedMissing > 0) {
      errors.push({
        kind: 'too_many_missing',
        message: `${instrument.name} allows at most ${allowedMissing} unanswered items; ${missingItemIds.length} are unanswered.`,
      });
    }
  } else {
    imputedItemIds = [...missingItemIds];
  }
  if (errors.length > 0) return { ok: false, errors };

  const computed = compute(instrument, rule, values);
  return {
    ok: true,
    score: {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      value: computed.value,
      subscores: computed.subscores,
      imputedItemIds,
    },
  };
}
