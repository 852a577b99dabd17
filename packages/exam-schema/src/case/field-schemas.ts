import { z } from 'zod';

import type { Measure } from '../vocabulary/measures';

/** A number in a measure's range, with the error case-format.md asks for. */
export function measureSchema(measure: Measure): z.ZodNumber {
  const kind = measure.integer === true ? 'a whole number' : 'a number';
  const error = `expected ${kind} between ${measure.min} and ${measure.max}`;
  const base = z.number({ error }).min(measure.min, { error }).max(measure.max, { error });
  return measure.integer === true ? base.int({ error }) : base;
}

/** Builds an object of optional range-checked numbers from a table of measures. */
export function measuresSchema<const M extends Record<string, Measure>>(
  measures: M,
): { [K in keyof M]: z.ZodOptional<z.ZodNumber> } {
  const shape: Record<string, z.ZodOptional<z.ZodNumber>> = {};
  for (const [key, measure] of Object.entries(measures))
    shape[key] = measureSchema(measure).optional();
  return shape as { [K in keyof M]: z.ZodOptional<z.ZodNumber> };
}

/** An enum whose error lists what is allowed. */
export function enumSchema<const T extends readonly [string, ...string[]]>(
  values: T,
): z.ZodEnum<{ [K in T[number]]: K }> {
  return z.enum(values, { error: `expected one of: ${values.join(', ')}` });
}

export function booleanSchema(): z.ZodBoolean {
  return z.boolean({ error: 'expected true or false' });
}

/** A list of vocabulary values; the format does not forbid repeats, so they are kept. */
export function enumListSchema<const T extends readonly [string, ...string[]]>(
  values: T,
): z.ZodArray<z.ZodEnum<{ [K in T[number]]: K }>> {
  return z.array(enumSchema(values), { error: `expected a list of: ${values.join(', ')}` });
}
