'use client';

import { useEffect, useState } from 'react';

/**
 * A session's time on the reader's own clock: sessions belong to a person, not a location, so
 * the browser's time zone is the right one. The server (which cannot know it) renders UTC, and
 * the browser swaps in local time after hydration.
 */
export function SessionTime({ at }: { at: string }) {
  const [text, setText] = useState(`${at.replace('T', ' ').slice(0, 16)} UTC`);
  useEffect(() => {
    setText(
      new Intl.DateTimeFormat(undefined, {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      }).format(new Date(at)),
    );
  }, [at]);
  return <time dateTime={at}>{text}</time>;
}
