'use client';

import type { ChangeEvent, InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'> & {
  maxBytes: number;
  /** The server's message for the same refusal, so both say the same thing. */
  tooLargeMessage: string;
};

/**
 * A file input that refuses an oversized file as soon as it is chosen, instead of after the
 * upload. Only a courtesy: the server checks the size again before reading the file.
 */
export function SizeLimitedFileInput({ maxBytes, tooLargeMessage, ...props }: Props) {
  function check(event: ChangeEvent<HTMLInputElement>): void {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.setCustomValidity(file && file.size > maxBytes ? tooLargeMessage : '');
    input.reportValidity();
  }
  return <input type="file" onChange={check} {...props} />;
}
