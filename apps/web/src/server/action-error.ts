import 'server-only';

import { TRPCError } from '@trpc/server';

interface Issue {
  message: string;
  path: readonly PropertyKey[];
}

function validationIssues(error: TRPCError): Issue[] | undefined {
  if (error.code !== 'BAD_REQUEST' || !error.cause || !('issues' in error.cause)) return undefined;
  return (error.cause as { issues: Issue[] }).issues;
}

/**
 * What a form shows when its action fails: the API's message for client errors, never internals.
 * Actions call redirect() after their try block, so no navigation error passes through here.
 */
export function actionError(error: unknown): string {
  if (error instanceof TRPCError) {
    if (error.code === 'INTERNAL_SERVER_ERROR')
      return 'Something went wrong on our side. Please try again.';
    const issues = validationIssues(error);
    if (issues) return issues.map((i) => i.message).join(' ');
    return error.message;
  }
  console.error(error);
  return 'Something went wrong on our side. Please try again.';
}

/**
 * The same refusal, with each validation message keyed by the form field it concerns so the form
 * shows it beside that field. `fieldOf` maps an input path to the form's field name (undefined:
 * the message goes to the summary); by default the path joined with dots.
 */
export function actionErrorState(
  error: unknown,
  fieldOf: (path: readonly PropertyKey[]) => string | undefined = (path) => path.join('.'),
): ActionState {
  if (!(error instanceof TRPCError)) return { error: actionError(error) };
  const cause: unknown = error.cause;
  // A service refusal that names its field (say, a duplicate room name) goes beside that field.
  if (cause && typeof cause === 'object' && 'field' in cause && typeof cause.field === 'string')
    return { error: error.message, fieldErrors: { [cause.field]: error.message } };
  const issues = validationIssues(error);
  if (!issues) return { error: actionError(error) };
  const fieldErrors: Record<string, string> = {};
  const loose: string[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field === undefined || field === '') loose.push(issue.message);
    else fieldErrors[field] ??= issue.message;
  }
  const summary = Object.keys(fieldErrors).length ? 'Please correct the fields marked below.' : '';
  return { error: [summary, ...loose].filter(Boolean).join(' '), fieldErrors };
}

export interface ActionState {
  error?: string;
  /** A success note, shown where the error would be. */
  message?: string;
  /** Messages by form field name, each shown beside its field (see FieldError). */
  fieldErrors?: Record<string, string>;
}
