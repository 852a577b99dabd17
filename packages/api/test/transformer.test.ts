import fc from 'fast-check';
import superjson from 'superjson';
import { describe, expect, it } from 'vitest';

import { transformer } from '../src/transformer';

/** Seeded so CI runs the same values each time. */
const run = { seed: 20_261_126, numRuns: 400 };

/** Values superjson annotates, mixed into otherwise plain JSON. */
const special = fc.oneof(
  fc.date({ noInvalidDate: true }),
  fc.constant(undefined),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(-0),
  fc.bigInt(),
  fc.constant(new Map([['a', 1]])),
  fc.constant(new Set([1, 2])),
  fc.constant(/stride/g),
);

const { value: mixed } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }),
    special,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
  ),
}));

describe('the API transformer', () => {
  it('sends exactly what superjson sends, for plain and annotated values alike', () => {
    fc.assert(
      fc.property(mixed, (value) => {
        expect(JSON.stringify(transformer.serialize(value) as unknown)).toBe(
          JSON.stringify(superjson.serialize(value)),
        );
      }),
      run,
    );
  });

  it('round-trips every value through the wire format', () => {
    fc.assert(
      fc.property(mixed, (value) => {
        const wire: unknown = JSON.parse(JSON.stringify(transformer.serialize(value)));
        expect(transformer.deserialize(wire)).toEqual(superjson.deserialize(wire as never));
        expect(transformer.deserialize(wire)).toEqual(value);
      }),
      run,
    );
  });

  it('passes plain JSON through without superjson copying it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        // -0 is the one JSON number superjson annotates.
        fc.pre(
          !JSON.stringify(value, (_k, v: unknown) => (Object.is(v, -0) ? '-0' : v)).includes(
            '"-0"',
          ),
        );
        const sent = transformer.serialize(value) as { json: unknown; meta?: unknown };
        expect(sent.json).toBe(value);
        expect(sent).not.toHaveProperty('meta');
      }),
      run,
    );
  });

  it('keeps what superjson records about a shared object and refuses what it refuses', () => {
    const shared = { id: 'a' };
    const sent = transformer.serialize({ first: shared, second: shared }) as {
      meta?: { referentialEqualities?: unknown };
    };
    expect(sent.meta?.referentialEqualities).toEqual({ first: ['second'] });

    const polluted = JSON.parse('{"__proto__": {"admin": true}}') as unknown;
    const send = (value: unknown): unknown => transformer.serialize(value);
    expect(() => send(polluted)).toThrow(/prototype pollution/);
    expect(() => send({ slots: [{ constructor: 1 }] })).toThrow(/prototype pollution/);
  });

  it('leaves a week of slots to the fast path', () => {
    const week = {
      timeZone: 'Europe/London',
      days: Array.from({ length: 7 }, (_, d) => ({
        date: `2026-11-${String(23 + d).padStart(2, '0')}`,
        slots: Array.from({ length: 36 }, (_, s) => ({
          start: new Date(Date.UTC(2026, 10, 23 + d, 8) + s * 900_000).toISOString(),
          clinicians: [0, 1, 2],
        })),
      })),
    };
    expect((transformer.serialize(week) as { json: unknown }).json).toBe(week);
  });
});
