import PgBoss from 'pg-boss';

import type { Database, SqlAdapter } from '@stride/db';
import { inTenant } from '@stride/db';

import type { JobQueue } from './job-queue';
import type { QueueName } from './queues';
import type { JobEnvironment } from './send-appointment-email';
import { orgExportJob, runOrgExport } from '../exports/run-org-export';
import { checkFollowUp } from '../follow-ups/check-follow-up';
import { sendFollowUp } from '../follow-ups/send-follow-up';
import { sendStaffInvitation, staffInvitationJob } from '../staff/send-staff-invitation';
import { ensureQueues, pgBossJobQueue } from './job-queue';
import { matchWaitlist } from './match-waitlist';
import { appointmentJob, followUpJob, QUEUES, waitlistMatchJob } from './queues';
import { sendAppointmentEmail } from './send-appointment-email';

export interface JobRunner {
  queue: JobQueue;
  /** For tests and the admin: run whatever is due now instead of waiting for the poll. */
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * pg-boss on Stride's own database, through the same connection layer (PGlite included). With
 * `work`, this process also runs the handlers; every handler is idempotent.
 */
export async function startJobRunner(options: {
  sql: SqlAdapter;
  db: Database;
  appUrl: string;
  now?: () => Date;
  work: boolean;
}): Promise<JobRunner> {
  const boss = new PgBoss({
    db: { executeSql: async (text, values) => options.sql.executeSql(text, values) },
    // Maintenance and the cron scheduler are only needed where jobs are worked.
    supervise: options.work,
    schedule: false,
  });
  boss.on('error', (error) => console.error('background jobs:', error.message));
  await boss.start();
  await ensureQueues(boss);
  const base: JobEnvironment = {
    db: options.db,
    appUrl: options.appUrl,
    now: options.now ?? (() => new Date()),
  };
  // Every job names its organisation; its handler runs in one transaction with it set, so row-
  // level security holds for background work as it does for requests.
  const work = <J extends { organizationId: string }>(
    queue: QueueName,
    payload: { parse(data: unknown): J },
    handle: (env: JobEnvironment, job: J) => Promise<unknown>,
  ) =>
    boss.work(queue, { pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const { data } of jobs) {
        const job = payload.parse(data);
        const tenant = { organizationId: job.organizationId };
        await inTenant(options.db, tenant, (db) => handle({ ...base, db }, job));
      }
    });
  if (options.work) {
    await work(QUEUES.appointmentConfirmation, appointmentJob, (env, job) =>
      sendAppointmentEmail(env, job, 'confirmation'),
    );
    await work(QUEUES.appointmentReminder, appointmentJob, (env, job) =>
      sendAppointmentEmail(env, job, 'reminder'),
    );
    await work(QUEUES.waitlistMatch, waitlistMatchJob, matchWaitlist);
    await work(QUEUES.followUpSend, followUpJob, sendFollowUp);
    await work(QUEUES.followUpCheck, followUpJob, checkFollowUp);
    await work(QUEUES.staffInvitation, staffInvitationJob, sendStaffInvitation);
    await work(QUEUES.orgExport, orgExportJob, runOrgExport);
  }
  return {
    queue: pgBossJobQueue(boss),
    boss,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 5000 }),
  };
}
