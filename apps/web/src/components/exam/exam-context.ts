import type { ExamRecord } from '@stride/exam-schema';

/** What every exam section gets: the record, a path setter, and whether it is read-only. */
export interface SectionProps {
  exam: ExamRecord;
  update: (path: readonly string[], value: unknown) => void;
  readOnly: boolean;
}

export const SIDES = ['left', 'right'] as const;
export type Limb = (typeof SIDES)[number];
export const limbLabel: Record<Limb, string> = { left: 'Left', right: 'Right' };
