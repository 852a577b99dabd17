import fc from 'fast-check';
import { z } from 'zod';

import { hostileValue, unknownKey } from './hostile-values';

/** The parts of JSON Schema that `z.toJSONSchema` writes for Stride's inputs. */
interface Js {
  type?: string | string[];
  properties?: Record<string, Js>;
  required?: string[];
  additionalProperties?: boolean | Js;
  items?: Js;
  prefixItems?: Js[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Js[];
  oneOf?: Js[];
  allOf?: Js[];
  $ref?: string;
  $defs?: Record<string, Js>;
}

/** Adds a key the input does not declare, as an own property even for `__proto__`. */
function withUnknownKey(arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(arb, unknownKey, hostileValue).map(([value, key, extra]) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const copy = { ...value };
    Object.defineProperty(copy, key, { value: extra, enumerable: true, writable: true });
    return copy;
  });
}

/**
 * Inputs shaped like the procedure's schema so they get past the first check and reach the
 * service, with a hostile value swapped in at any node (and unknown keys added to objects).
 */
export function inputArbitrary(schema: unknown, ids: readonly string[]): fc.Arbitrary<unknown> {
  let root: Js = {};
  try {
    root = z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Js;
  } catch {
    // A schema JSON Schema cannot describe still gets wholly hostile inputs below.
  }
  const uuid = fc.oneof(fc.constantFrom(...ids), fc.uuid());

  // Mostly well-shaped, so that many inputs pass the schema and reach the service.
  const node = (js: Js, depth: number): fc.Arbitrary<unknown> =>
    fc.oneof({ weight: 15, arbitrary: shaped(js, depth) }, { weight: 1, arbitrary: hostileValue });

  function shaped(js: Js, depth: number): fc.Arbitrary<unknown> {
    if (depth > 6) return fc.constant(null);
    if (js.$ref !== undefined) {
      const target = js.$ref === '#' ? root : root.$defs?.[js.$ref.split('/').pop() ?? ''];
      return target ? shaped(target, depth + 1) : hostileValue;
    }
    if ('const' in js) return fc.constant(js.const);
    if (js.enum) return fc.constantFrom(...js.enum);
    const union = js.anyOf ?? js.oneOf;
    if (union) return fc.oneof(...union.map((s) => shaped(s, depth + 1)));
    if (js.allOf?.[0]) return shaped(js.allOf[0], depth + 1);
    if (Array.isArray(js.type))
      return fc.oneof(...js.type.map((t) => shaped({ ...js, type: t }, depth)));
    switch (js.type) {
      case 'string':
        return stringOf(js);
      case 'integer':
      case 'number': {
        const min = Math.max(js.minimum ?? -1000, -1e6);
        const max = Math.min(js.maximum ?? 1000, Math.max(min, 1e6));
        return js.type === 'integer'
          ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
          : fc.double({ min, max, noNaN: true });
      }
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array': {
        const minLength = js.minItems ?? 0;
        if (js.prefixItems) return fc.tuple(...js.prefixItems.map((s) => node(s, depth + 1)));
        return fc.array(node(js.items ?? {}, depth + 1), {
          minLength,
          maxLength: Math.max(minLength, Math.min(js.maxItems ?? 3, 3)),
        });
      }
      case 'object': {
        const props = js.properties ?? {};
        const shape: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [key, s] of Object.entries(props)) shape[key] = node(s, depth + 1);
        const extra = js.additionalProperties;
        const rest =
          typeof extra === 'object'
            ? fc.dictionary(fc.string({ maxLength: 12 }), node(extra, depth + 1), { maxKeys: 3 })
            : fc.constant({});
        const record = fc
          .tuple(rest, fc.record(shape, { requiredKeys: js.required ?? [] }))
          .map(([r, known]) => ({ ...r, ...known }));
        return fc.oneof({ weight: 4, arbitrary: record }, withUnknownKey(record));
      }
      default:
        // `{}`: z.date() and other shapes JSON cannot name; a Date or anything at all.
        return fc.oneof(fc.date(), hostileValue);
    }
  }

  function stringOf(js: Js): fc.Arbitrary<string> {
    if (js.format === 'uuid') return uuid;
    if (js.format === 'date') return isoDate.map((d) => d.slice(0, 10));
    if (js.format === 'date-time') return isoDate;
    if (js.format === 'email') return fc.constantFrom('fuzz@test.example', 'a@b.co');
    if (js.pattern !== undefined) {
      try {
        return fc.stringMatching(new RegExp(js.pattern)).filter((s) => s.length < 200);
      } catch {
        // A pattern fast-check cannot invert falls through to plain strings.
      }
    }
    const minLength = js.minLength ?? 0;
    const maxLength = Math.max(minLength, Math.min(js.maxLength ?? 40, 40));
    // Free text that passes a length check but carries what drivers and parsers trip on.
    const awkward = fc
      .tuple(fc.string({ maxLength: 4 }), awkwardText)
      .map(([s, a]) => (s + a + s).padEnd(minLength, 'x').slice(0, maxLength));
    return fc.oneof(fc.string({ minLength, maxLength }), awkward);
  }

  return fc.oneof({ weight: 1, arbitrary: hostileValue }, { weight: 4, arbitrary: node(root, 0) });
}

const awkwardText = fc.constantFrom('\u0000', '\uD800', "'", '%_\\', '\u202E', 'İ', '\r\n');

const isoDate = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());
