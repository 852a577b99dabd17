/**
 * Runs each step after the one before and gives their results in order, as `Promise.all` would.
 * A call's statements share its transaction's one connection, which runs them one at a time
 * whatever the caller does; started together they only queue inside node-postgres, which
 * deprecates that (pg 9 will refuse it). Steps are functions so none starts early.
 */
export async function inTurn<T extends unknown[]>(
  ...steps: { [K in keyof T]: () => PromiseLike<T[K]> }
): Promise<T> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as T;
}
