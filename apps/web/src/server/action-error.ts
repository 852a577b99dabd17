import 'server-only';

import { TRPCError } from '@trpc/server';

/**
 * What a form shows when its action fails: the API's message for client errors, never internals.
 * Actions call redirect() after their try block, so no navigation error passes through here.
 */
export function actionError(error: unknown): string {
  if (error instanceof TRPCError) {
    if (error.code === 'INTERNAL_SERVER_ERROR')
      return 'Something went wrong on our side. Please try again.';
    if (error.code === 'BAD_REQUEST' && error.cause && 'issues' in error.cause) {
      const issues = (error.cause as { issues: { message: string }[] }).issues;
      return issues.map((i) => i.message).join(' ');
    }
    return error.message;
  }
  console.error(error);
  return 'Something went wrong on our side. Please try again.';
}

export interface ActionState {
  error?: string;
  /** A success note, shown where the error would be. */
  message?: string;
}
