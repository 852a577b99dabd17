/**
 * NUL and unpaired UTF-16 surrogates: PostgreSQL refuses both in `text` and `jsonb`, so a value
 * holding one would fail its query. Such input is the client's error, not the server's.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (text: string): boolean => text.includes('\u0000') || LONE_SURROGATE.test(text);

export const UNSTORABLE_TEXT_MESSAGE =
  'The text contains a character that cannot be stored (a NUL or broken Unicode). Please retype it.';

/** Whether any string or object key anywhere in the input cannot be stored. */
export function hasUnstorableText(input: unknown): boolean {
  // A stack, not recursion: inputs can nest thousands deep before the schema refuses them.
  const stack: unknown[] = [input];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (unstorable(value)) return true;
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (unstorable(key)) return true;
        stack.push(inner);
      }
    }
  }
  return false;
}
