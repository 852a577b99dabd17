'use client';

import type { ActionState } from '~/server/action-error';
import type { ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';

/**
 * A form bound to a server action that shows the action's error above its fields. Buttons inside
 * are disabled while it runs, so a double click cannot send two requests.
 */
export function ActionForm({
  action,
  children,
  className,
  testId,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const router = useRouter();
  // After a refusal (say, the slot was just taken) re-read the page so what it offers is current.
  useEffect(() => {
    if (state.error) router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} className={className} data-testid={testId} aria-busy={pending}>
      {state.error ? (
        <p
          role="status"
          className="mb-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          data-testid="action-error"
        >
          {state.error}
        </p>
      ) : null}
      {state.message ? (
        <p
          role="status"
          className="mb-3 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          data-testid="action-message"
        >
          {state.message}
        </p>
      ) : null}
      <fieldset disabled={pending} className="contents">
        {children}
      </fieldset>
    </form>
  );
}
