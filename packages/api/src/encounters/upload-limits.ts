/**
 * Upload limits, checked on the server before a byte is parsed (the web actions check the file's
 * size before reading it; the procedures' schemas check again) and in the file input as a
 * courtesy. Real gait exports are a few KB and case files tens of KB.
 */
export const GAIT_CSV_MAX_BYTES = 100_000;
export const CASE_MAX_BYTES = 200_000;

export const fileTooLargeMessage = (maxBytes: number): string =>
  `The file is larger than ${maxBytes / 1000} KB.`;
