import type { Instrument } from './instrument-schema';
import type { AnswerError, Answers } from './score-schemas';

export interface ValidatedAnswers {
  readonly errors: AnswerError[];
  /** Answered, in-range values by item id. */
  readonly values: ReadonlyMap<string, number>;
  readonly missingItemIds: readonly string[];
}

/** Names every unknown, out-of-range or non-integer answer; missing items are judged by the rule. */
export function validateAnswers(instrument: Instrument, answers: Answers): ValidatedAnswers {
  const errors: AnswerError[] = [];
  const values = new Map<string, number>();
  const missingItemIds: string[] = [];
  const known = new Set(instrument.items.map((item) => item.id));

  for (const itemId of Object.keys(answers)) {
    if (!known.has(itemId)) {
      errors.push({
        kind: 'unknown_item',
        itemId,
        message: `${instrument.name} has no item "${itemId}".`,
      });
    }
  }
  for (const item of instrument.items) {
    const answer = answers[item.id];
    if (answer === undefined || answer === null) {
      missingItemIds.push(item.id);
    } else if (!Number.isInteger(answer)) {
      errors.push({
        kind: 'not_whole_number',
        itemId: item.id,
        message: `Item "${item.id}" must be a whole number; got ${answer}.`,
      });
    } else if (answer < item.scale.min || answer > item.scale.max) {
      errors.push({
        kind: 'out_of_range',
        itemId: item.id,
        message: `Item "${item.id}" must be ${item.scale.min}–${item.scale.max}; got ${answer}.`,
      });
    } else {
      values.set(item.id, answer);
    }
  }
  return { errors, values, missingItemIds };
}
