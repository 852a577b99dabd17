'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'invalid' }
  | { kind: 'error'; message: string };

/**
 * Saves `value` a short pause after each change (`revision` counts the changes the person made,
 * so loading the page saves nothing). `undefined` means the form is invalid and is not saved.
 * Only the newest save's answer is shown, so a slow early save cannot overwrite a later status.
 */
export function useAutosave<T>(
  value: T | undefined,
  revision: number,
  save: (value: T) => Promise<{ savedAt?: string; error?: string }>,
  delayMs = 700,
): { status: AutosaveStatus; cancel: () => void } {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (revision === 0) return;
    if (value === undefined) {
      setStatus({ kind: 'invalid' });
      return;
    }
    setStatus({ kind: 'pending' });
    const id = ++latest.current;
    timer.current = setTimeout(() => {
      setStatus({ kind: 'saving' });
      save(value).then(
        (result) => {
          if (id !== latest.current) return;
          setStatus(
            result.error !== undefined
              ? { kind: 'error', message: result.error }
              : { kind: 'saved', at: new Date(result.savedAt ?? Date.now()) },
          );
        },
        () => {
          if (id === latest.current)
            setStatus({ kind: 'error', message: 'Could not save. Check your connection.' });
        },
      );
    }, delayMs);
    return () => clearTimeout(timer.current);
  }, [value, revision, save, delayMs]);

  // Submitting sends every answer itself; a draft save landing after it would open a new version.
  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    latest.current++;
  }, []);

  return { status, cancel };
}

export function autosaveText(status: AutosaveStatus): string {
  switch (status.kind) {
    case 'idle':
      return 'Your answers save as you go.';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved at ${status.at.toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })}`;
    case 'invalid':
      return 'Not saved: please fix the answer marked in red.';
    case 'error':
      return `Not saved: ${status.message}`;
  }
}
