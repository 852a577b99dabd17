import { and, asc, eq, gte } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';
import { localDateOf } from '@stride/scheduling';
import { addDays } from '@stride/treatment';

import { inTurn } from '../in-turn';

const { painLogs, questionnaireResponses } = schema;

export interface Run {
  day: string;
  /** Pain during/after the run as the patient logged it, 0–10. */
  pain: number;
  distanceKm: number | null;
  /** From the running-function questionnaire answered the morning after; null if none. */
  painNextMorning: number | null;
}

/**
 * The patient's pain logs from `since` on, oldest first. The running-function set asks about
 * "the morning after your most recent run", so an answer given on day D is the next-morning
 * pain of the latest run logged before D, provided it came the day after that run.
 */
export async function loadRuns(
  db: Database,
  organizationId: string,
  patientId: string,
  since: string,
  timeZone: string,
): Promise<Run[]> {
  const [logs, answers] = await inTurn(
    () =>
      db
        .select({ day: painLogs.day, pain: painLogs.pain, distanceKm: painLogs.distanceKm })
        .from(painLogs)
        .where(
          and(
            eq(painLogs.organizationId, organizationId),
            eq(painLogs.patientId, patientId),
            gte(painLogs.day, since),
          ),
        )
        .orderBy(asc(painLogs.day), asc(painLogs.createdAt)),
    () =>
      db
        .select({ answers: questionnaireResponses.answers, at: questionnaireResponses.answeredAt })
        .from(questionnaireResponses)
        .where(
          and(
            eq(questionnaireResponses.organizationId, organizationId),
            eq(questionnaireResponses.patientId, patientId),
            eq(questionnaireResponses.instrumentId, 'running_function'),
          ),
        )
        .orderBy(asc(questionnaireResponses.answeredAt)),
  );
  const morning = new Map<string, number>();
  for (const answer of answers) {
    const value = answer.answers.next_morning_pain;
    if (typeof value !== 'number') continue;
    const answeredOn = localDateOf(answer.at.getTime(), timeZone);
    const run = logs.filter((log) => log.day < answeredOn).at(-1);
    if (run && addDays(run.day, 1) === answeredOn) morning.set(run.day, value);
  }
  return logs.map((log) => ({ ...log, painNextMorning: morning.get(log.day) ?? null }));
}
