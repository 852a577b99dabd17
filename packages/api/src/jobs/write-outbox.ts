import type { Database } from '@stride/db';
import { schema } from '@stride/db';

export interface OutboxMessage {
  organizationId: string;
  kind: string;
  /** One message per key: a retried job does not email twice. */
  dedupeKey: string;
  toEmail: string;
  patientId?: string | null;
  subject: string;
  body: string;
}

export async function writeOutbox(db: Database, message: OutboxMessage): Promise<void> {
  await db
    .insert(schema.outboxMessages)
    .values({ ...message, patientId: message.patientId ?? null })
    .onConflictDoNothing({
      target: [schema.outboxMessages.organizationId, schema.outboxMessages.dedupeKey],
    });
}

/** "Mon, Nov 30, 9:00 AM PST" in the location's zone: emails name the clock they use. */
export function formatForEmail(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(instant);
}
