type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Immutable set at a path. `undefined` removes the key and prunes emptied parents, so a cleared
 * field is "not recorded" again rather than a false negative.
 */
export function setIn<T extends Obj>(root: T, path: readonly string[], value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return root;
  const copy: Obj = { ...root };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
  } else {
    const child = setIn(isObj(copy[head]) ? copy[head] : {}, rest, value);
    if (Object.keys(child).length === 0) delete copy[head];
    else copy[head] = child;
  }
  return copy as T;
}

export function getIn(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) {
    if (!isObj(node)) return undefined;
    node = node[key];
  }
  return node;
}
