import 'server-only';

/** A form field as trimmed text; '' when absent or not text (a file). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** The same, but absent or blank is `undefined`, the way optional inputs arrive at the API. */
export function formOptional(form: FormData, name: string): string | undefined {
  return formText(form, name) || undefined;
}

/** A number field; blank or not a number is NaN, which the procedure's schema refuses by name. */
export function formNumber(form: FormData, name: string): number {
  const text = formText(form, name);
  return text === '' ? Number.NaN : Number(text);
}
