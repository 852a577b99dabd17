'use client';

import { useState } from 'react';

/** A destructive submit that asks once more before it sends the form. */
export function ConfirmSubmit({
  label,
  confirmLabel,
  testId,
}: {
  label: string;
  confirmLabel: string;
  testId?: string;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        onClick={() => setAsking(true)}
        className="font-medium text-red-700 underline"
        data-testid={testId}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="submit"
        className="rounded bg-red-700 px-2 py-1 font-medium text-white"
        data-testid={testId ? `${testId}-confirm` : undefined}
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)} className="text-slate-700 underline">
        Keep it
      </button>
    </span>
  );
}
