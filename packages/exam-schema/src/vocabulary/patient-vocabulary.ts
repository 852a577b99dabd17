import type { IdsOf } from './define-vocabulary';
import { idsOf, labelsOf } from './define-vocabulary';

export const sexes = [
  { id: 'female', label: 'Female' },
  { id: 'male', label: 'Male' },
  { id: 'other', label: 'Other' },
] as const;
export type Sex = IdsOf<typeof sexes>;
export const sexIds = idsOf(sexes);

export const sides = [
  { id: 'left', label: 'Left' },
  { id: 'right', label: 'Right' },
  { id: 'bilateral', label: 'Both knees' },
] as const;
export type Side = IdsOf<typeof sides>;
export const sideIds = idsOf(sides);
export const sideLabels = labelsOf(sides);
