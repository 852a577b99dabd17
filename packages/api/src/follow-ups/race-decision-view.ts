import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

const { raceDecisions, users } = schema;

export const raceDecisionView = z.object({
  decision: z.enum(['go', 'no_go']),
  raceDate: z.string().nullable(),
  note: z.string().nullable(),
  decidedAt: z.date(),
  decidedBy: z.string(),
});
export type RaceDecisionView = z.infer<typeof raceDecisionView>;

/** The patient's latest go/no-go call (latest wins), whichever race it was for. */
export async function latestRaceDecision(
  db: Database,
  org: string,
  patientId: string,
): Promise<RaceDecisionView | null> {
  const [row] = await db
    .select({
      decision: raceDecisions.decision,
      raceDate: raceDecisions.raceDate,
      note: raceDecisions.note,
      decidedAt: raceDecisions.decidedAt,
      decidedBy: users.name,
    })
    .from(raceDecisions)
    .innerJoin(users, eq(users.id, raceDecisions.decidedBy))
    .where(and(eq(raceDecisions.organizationId, org), eq(raceDecisions.patientId, patientId)))
    .orderBy(desc(raceDecisions.decidedAt))
    .limit(1);
  return row ?? null;
}
