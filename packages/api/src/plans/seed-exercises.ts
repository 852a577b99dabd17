import { sql } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';
import { exerciseLibrary } from '@stride/treatment';

const { exercises } = schema;

/** Upserts the shared exercise library; safe to run on every seed. Returns the count written. */
export async function seedExerciseLibrary(db: Database): Promise<number> {
  await db
    .insert(exercises)
    .values(
      exerciseLibrary.map((e) => ({
        id: e.id,
        name: e.name,
        purpose: e.purpose,
        howTo: e.howTo,
        dosage: e.dosage,
        category: e.category,
      })),
    )
    .onConflictDoUpdate({
      target: exercises.id,
      set: {
        name: sql`excluded.name`,
        purpose: sql`excluded.purpose`,
        howTo: sql`excluded.how_to`,
        dosage: sql`excluded.dosage`,
        category: sql`excluded.category`,
      },
    });
  return exerciseLibrary.length;
}
