import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';

const { outboxMessages } = schema;

export const listOutboxInput = z.object({ patientId: z.uuid().optional() }).strict();
export const outboxOutput = z.array(
  z.object({
    id: z.string(),
    kind: z.string(),
    toEmail: z.string(),
    subject: z.string(),
    body: z.string(),
    createdAt: z.date(),
  }),
);

/** What Stride has emailed for this organisation, newest first (the developer-readable outbox). */
export async function listOutbox(
  ctx: AuthedContext,
  input: z.infer<typeof listOutboxInput>,
): Promise<z.infer<typeof outboxOutput>> {
  return ctx.db
    .select({
      id: outboxMessages.id,
      kind: outboxMessages.kind,
      toEmail: outboxMessages.toEmail,
      subject: outboxMessages.subject,
      body: outboxMessages.body,
      createdAt: outboxMessages.createdAt,
    })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.organizationId, ctx.viewer.organizationId),
        input.patientId ? eq(outboxMessages.patientId, input.patientId) : undefined,
      ),
    )
    .orderBy(desc(outboxMessages.createdAt))
    .limit(200);
}
