/** Makes a switch exhaustive: adding a case to a union breaks the build until it is handled. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
