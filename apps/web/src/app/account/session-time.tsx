'use client';

/**
 * A session's time on the reader's own clock: sessions belong to a person, not a location,
 * so the browser's time zone is the right one. The server renders UTC until hydration.
 */
export function SessionTime({ at }: { at: string }) {
  const date = new Date(at);
  const text =
    typeof window === 'undefined'
      ? `${at.replace('T', ' ').slice(0, 16)} UTC`
      : new Intl.DateTimeFormat(undefined, {
          weekday: 'short',
          month: 'short',
          day: 'numeric',
          hour: 'numeric',
          minute: '2-digit',
        }).format(date);
  return (
    <time dateTime={at} suppressHydrationWarning>
      {text}
    </time>
  );
}
