/** The values at a dotted path, flattening arrays at every step (FHIR's repeating elements). */
export function valuesAt(node: unknown, path: string): unknown[] {
  let current: unknown[] = [node];
  for (const key of path.split('.')) {
    current = current.flatMap((n) => {
      if (n === null || typeof n !== 'object') return [];
      const v = (n as Record<string, unknown>)[key];
      if (v === undefined) return [];
      return Array.isArray(v) ? (v as unknown[]) : [v];
    });
  }
  return current;
}

/** The parents a path's last element lives in: `participant.status` → every participant. */
export function parentsOf(node: unknown, path: string): unknown[] {
  const keys = path.split('.');
  return keys.length === 1 ? [node] : valuesAt(node, keys.slice(0, -1).join('.'));
}

export function lastKey(path: string): string {
  return path.split('.').at(-1) ?? path;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Every object in a tree with its JSON path, for checks that apply anywhere. */
export function* objectsIn(
  node: unknown,
  path: string,
): Generator<[Record<string, unknown>, string]> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* objectsIn(item, `${path}[${i}]`);
  } else if (isObject(node)) {
    yield [node, path];
    for (const [k, v] of Object.entries(node)) yield* objectsIn(v, `${path}.${k}`);
  }
}
