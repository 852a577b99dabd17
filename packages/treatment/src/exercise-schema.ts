import { z } from 'zod';

export const exerciseCategories = [
  'education',
  'gait',
  'hip',
  'control',
  'knee',
  'plyometric',
  'ankle_foot',
  'nerve',
  'soft_tissue',
  'mobility',
  'spine',
  'cross_training',
  'running',
  'adjunct',
] as const;
export const exerciseCategorySchema = z.enum(exerciseCategories);
export type ExerciseCategory = z.infer<typeof exerciseCategorySchema>;

/** One catalogue entry; `daysPerWeek` is the default frequency a plan item starts with. */
export const exerciseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  name: z.string().min(1),
  category: exerciseCategorySchema,
  purpose: z.string().min(1),
  howTo: z.string().min(1),
  dosage: z.string().min(1),
  daysPerWeek: z.number().int().min(1).max(7),
});
export type Exercise = z.infer<typeof exerciseSchema>;
