import type { TRPCDataTransformer } from '@trpc/server';
import superjson from 'superjson';

/** Keys superjson refuses (prototype pollution); such a value goes to superjson to be refused. */
const REFUSED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * True when `value` is made only of what JSON carries unchanged and superjson would pass through
 * untouched: null, booleans, finite numbers other than -0, strings, dense arrays and objects
 * whose prototype is Object's or null, with no object reached twice (superjson records shared
 * references). Anything else (Date, undefined, NaN, Map, a class instance...) answers false.
 */
function isPlainJson(value: unknown, seen: Set<object>): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (seen.has(value)) return false;
      seen.add(value);
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          if (!(i in value) || !isPlainJson(value[i], seen)) return false;
        }
        return true;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key in value) {
        if (!Object.hasOwn(value, key)) return false;
        if (REFUSED_KEYS.has(key)) return false;
        if (!isPlainJson((value as Record<string, unknown>)[key], seen)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/**
 * superjson on the wire, without its cost where it adds nothing. superjson walks every value and
 * builds a path per node to find the few that JSON cannot carry; on a week of slots that walk was
 * a millisecond of a request's CPU. A value that is plain JSON already serialises to exactly what
 * superjson would send (`{ json }`, no meta), so it is checked in one tight pass and sent as is;
 * anything else, and every input, still goes through superjson itself.
 */
export const transformer: TRPCDataTransformer = {
  serialize(value: unknown) {
    return isPlainJson(value, new Set()) ? { json: value } : superjson.serialize(value);
  },
  deserialize(value) {
    return superjson.deserialize<unknown>(value as Parameters<typeof superjson.deserialize>[0]);
  },
};
