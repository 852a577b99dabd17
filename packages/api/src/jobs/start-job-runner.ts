import PgBoss from 'pg-boss';

import type { Database, SqlAdapter } from '@stride/db';

import type { JobQueue } from './job-queue';
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
  const env: JobEnvironment = {
    db: options.db,
    appUrl: options.appUrl,
    now: options.now ?? (() => new Date()),
  };
  if (options.work) {
    const poll = { pollingIntervalSeconds: 1 };
    await boss.work(QUEUES.appointmentConfirmation, poll, async (jobs) => {
      for (const job of jobs)
        await sendAppointmentEmail(env, appointmentJob.parse(job.data), 'confirmation');
    });
    await boss.work(QUEUES.appointmentReminder, poll, async (jobs) => {
      for (const job of jobs)
        await sendAppointmentEmail(env, appointmentJob.parse(job.data), 'reminder');
    });
    await boss.work(QUEUES.waitlistMatch, poll, async (jobs) => {
      for (const job of jobs) await matchWaitlist(env, waitlistMatchJob.parse(job.data));
    });
    await boss.work(QUEUES.followUpSend, poll, async (jobs) => {
      for (const job of jobs) await sendFollowUp(env, followUpJob.parse(job.data));
    });
    await boss.work(QUEUES.followUpCheck, poll, async (jobs) => {
      for (const job of jobs) await checkFollowUp(env, followUpJob.parse(job.data));
    });
    await boss.work(QUEUES.staffInvitation, poll, async (jobs) => {
      for (const job of jobs) await sendStaffInvitation(env, staffInvitationJob.parse(job.data));
    });
    await boss.work(QUEUES.orgExport, poll, async (jobs) => {
      for (const job of jobs) await runOrgExport(env, orgExportJob.parse(job.data));
    });
  }
  return {
    queue: pgBossJobQueue(boss),
    boss,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 5000 }),
  };
}
