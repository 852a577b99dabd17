'use client';

import type { ActionState } from '~/server/action-error';
import type { FormEvent, ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { createContext, startTransition, useActionState, useContext, useEffect } from 'react';

const FieldErrors = createContext<Record<string, string>>({});

/**
 * A form bound to a server action that shows the action's error above its fields, and field errors
 * beside their fields (FieldError). Buttons inside are disabled while it runs, so a double click
 * cannot send two requests. With `keepValues` a refused submission leaves what was typed in place
 * (React otherwise resets the form after every action), for long forms.
 */
export function ActionForm({
  action,
  children,
  className,
  testId,
  keepValues,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  children: ReactNode;
  className?: string;
  testId?: string;
  keepValues?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const router = useRouter();
  // After a refusal (say, the slot was just taken) re-read the page so what it offers is current.
  useEffect(() => {
    if (state.error) router.refresh();
  }, [state, router]);
  // Submitting through a transition ourselves keeps the fields; without script the action still runs.
  const submitKeepingValues = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  };
  return (
    <form
      action={formAction}
      onSubmit={keepValues ? submitKeepingValues : undefined}
      className={className}
      data-testid={testId}
      aria-busy={pending}
    >
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
      <FieldErrors value={state.fieldErrors ?? {}}>
        <fieldset disabled={pending} className="contents">
          {children}
        </fieldset>
      </FieldErrors>
    </form>
  );
}

/**
 * The action's message for one field, placed beside it. Always rendered (empty when fine) so an
 * input's aria-describedby always points at an element; `id` must be unique on the page.
 */
export function FieldError({ name, id }: { name: string; id: string }) {
  const message = useContext(FieldErrors)[name];
  return (
    <p
      id={id}
      aria-live="polite"
      className="mt-1 text-sm text-red-700 empty:hidden"
      data-testid={`field-error-${name}`}
    >
      {message ?? ''}
    </p>
  );
}
