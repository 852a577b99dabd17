/**
 * One fault run: signed-in clients hammer the booking API while a chaos loop crashes either the
 * app (SIGKILL, then a restart) or PostgreSQL (immediate-mode restart). The clients keep
 * retrying past the chaos window, so every request they started gets its clear answer.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

import type { AppServer } from './app-server';
import type { Cluster } from './cluster';
import type { Violations } from './invariants';
import type { LedgerEntry } from './workload';
import type { FaultWorld } from './world';
import { Session } from './http-client';
import { checkInvariants } from './invariants';
import { workload } from './workload';
import { PASSWORD } from './world';

export interface RunCounts {
  fault: 'app SIGKILL' | 'PostgreSQL immediate restart';
  requests: number;
  acknowledged: number;
  failed: number;
  unknown: number;
  retried: number;
  attempts: number;
  kills: number;
  restarts: number;
  appCrashes: number;
  refusals: Record<string, number>;
  seconds: number;
}

export async function signedInSessions(app: AppServer, world: FaultWorld, perDesk: number) {
  const sessions: Session[] = [];
  for (const email of world.deskEmails)
    for (let i = 0; i < perDesk; i++) {
      const s = new Session(app.baseUrl);
      await s.signIn(email, PASSWORD);
      sessions.push(s);
    }
  return sessions;
}

export async function faultRun(options: {
  fault: RunCounts['fault'];
  app: AppServer;
  cluster: Cluster;
  url: string;
  world: FaultWorld;
  sessions: Session[];
  chaosMs: number;
}): Promise<{ counts: RunCounts; ledger: LedgerEntry[]; violations: Violations }> {
  const { app, cluster, fault } = options;
  const started = Date.now();
  const stopAt = started + options.chaosMs;
  const load = workload(options.world, options.sessions, 90_000);
  let kills = 0;
  let restarts = 0;
  const crashesBefore = app.crashes();
  const chaos = async (): Promise<void> => {
    for (;;) {
      // The app takes seconds to boot, so it is killed sooner after coming up than PostgreSQL.
      await sleep(
        fault === 'app SIGKILL' ? 1500 + Math.random() * 2000 : 2500 + Math.random() * 2500,
      );
      if (Date.now() > stopAt) return;
      if (fault === 'app SIGKILL') {
        await app.kill();
        kills++;
        await sleep(300 + Math.random() * 700);
        await app.start();
      } else {
        await cluster.restartImmediate(500 + Math.random() * 1000);
      }
      restarts++;
    }
  };
  await Promise.all([load.run(stopAt), chaos()]);

  const db = new pg.Client({ connectionString: options.url });
  await db.connect();
  const violations = await checkInvariants(db, options.world.organizationId, load.ledger).finally(
    () => db.end(),
  );
  const ledger = load.ledger;
  const refusals: Record<string, number> = {};
  for (const e of ledger)
    if (e.result === 'failed' && e.code) refusals[e.code] = (refusals[e.code] ?? 0) + 1;
  const counts: RunCounts = {
    fault,
    requests: ledger.length,
    acknowledged: ledger.filter((e) => e.result === 'ack').length,
    failed: ledger.filter((e) => e.result === 'failed').length,
    unknown: ledger.filter((e) => e.result === 'unknown').length,
    retried: ledger.filter((e) => e.attempts > 1).length,
    attempts: ledger.reduce((n, e) => n + e.attempts, 0),
    kills,
    restarts,
    appCrashes: app.crashes() - crashesBefore,
    refusals,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  return { counts, ledger, violations };
}
