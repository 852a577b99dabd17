import fc from 'fast-check';

/**
 * Values a hostile or broken client can put where any input goes. Only what JSON (and
 * superjson's -0) can carry: NaN and Infinity never reach a procedure over HTTP.
 */
const boundaryNumbers = fc.constantFrom(
  -0,
  -1,
  0.5,
  1e308,
  -1e308,
  5e-324,
  2 ** 31,
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER + 1,
  Number.MIN_SAFE_INTEGER - 1,
);

const awkwardStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uFEFF',
  '💥'.repeat(40),
  "'; drop table patients; --",
  '%s%n',
  '../../etc/passwd',
  // Dates and instants that parse nowhere, or only in a lenient parser.
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '+275760-09-13',
  '2026-11-26T25:61:00Z',
  '2026-03-08T02:30:00-08:00',
  '1e308',
  // Zones that are not zones, or only look like one.
  'Mars/Olympus_Mons',
  'America/Los_Angeles ',
  'UTC+25',
  'Etc/GMT+99',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
);

/** Past every sensible max length; well under the HTTP body limit so the schema must refuse. */
const hugeStrings = fc.constantFrom(
  'x'.repeat(70_000),
  '\u0000'.repeat(5_000),
  'é'.repeat(300_000),
);

/** An object literal cannot create an own `__proto__` key; JSON.parse does, as a body would. */
const pollutionObjects = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  JSON.parse('{"__proto__": null, "toString": "x", "valueOf": 1}') as unknown,
);

function nested(depth: number): unknown {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}
const deepNesting = fc.constantFrom(nested(200), nested(3_000));

const bigArrays = fc.constantFrom(
  Array.from({ length: 5_000 }, () => '00000000-0000-4000-8000-000000000000'),
  Array.from({ length: 5_000 }, (_, i) => i),
);

/** A hostile value of any JSON shape. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  boundaryNumbers,
  awkwardStrings,
  hugeStrings,
  pollutionObjects,
  deepNesting,
  bigArrays,
  fc.constantFrom(null, true, false, [], {}, [null], { '': '' }),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Keys no input declares: pollution keys and ones that would widen a caller's scope if kept. */
export const unknownKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'organizationId',
  'role',
  'isAdmin',
  'x'.repeat(10_000),
);
