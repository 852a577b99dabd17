/**
 * The crash test (issue 8, "Crashes"), run by `npm test` after the production build: a
 * throwaway PostgreSQL cluster, the built app on loopback, two fault runs, the invariant check
 * after each (and against planted violations), and the job worker killed mid-reminder.
 * Exits non-zero on any violation; in CI, missing PostgreSQL binaries fail the run.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import pg from 'pg';

import type { AppServer } from './app-server';
import type { Cluster } from './cluster';
import type { RunCounts } from './scenarios';
import { appServer } from './app-server';
import { findPgBin, startCluster } from './cluster';
import { plantedViolationsCaught } from './plant';
import { reminderKill } from './reminder-kill';
import { faultRun, signedInSessions } from './scenarios';
import { createFaultDatabase, makeFaultWorld } from './world';

const CHAOS_MS = Number(process.env.STRIDE_FAULT_CHAOS_MS ?? 45_000);
const log = (msg: string): void => console.log(`[faults] ${msg}`);
const started = Date.now();

/** A free loopback port in the range this suite may use (3440–3449). */
async function freePort(from: number, skip: number[] = []): Promise<number> {
  for (let port = from; port <= 3449; port++) {
    if (skip.includes(port)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const s = createServer().once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 3440–3449');
}

const bin = findPgBin();
if (!bin) {
  const msg = 'needs PostgreSQL server binaries (initdb, pg_ctl) or STRIDE_PG_BIN';
  if (process.env.CI === 'true') throw new Error(`CI: the crash test ${msg}`);
  log(`skipped: ${msg}`);
  process.exit(0);
}

const failures: string[] = [];
const appTail: string[] = [];
const report: Record<string, unknown> = {};
let cluster: Cluster | undefined;
let app: AppServer | undefined;
try {
  const pgPort = await freePort(3440);
  cluster = await startCluster(bin, pgPort);
  const { ownerUrl: url, appUrl } = await createFaultDatabase(cluster, 'stride_faults');
  const worlds = [await makeFaultWorld(url, 3), await makeFaultWorld(url, 3)];
  app = appServer({
    port: await freePort(3440, [pgPort]),
    databaseUrl: appUrl,
    authSecret: randomBytes(32).toString('hex'),
    // Errors are expected while the database is down; the tail is shown only if the run fails.
    log: (line) => {
      appTail.push(line);
      if (appTail.length > 60) appTail.shift();
      if (/exited on its own/.test(line)) console.log(`[app] ${line}`);
    },
  });
  await app.start();
  log(
    `cluster :${pgPort}, app ${app.baseUrl} as ${new URL(appUrl).username}, chaos ${CHAOS_MS / 1000} s a run`,
  );

  const faults: RunCounts['fault'][] = ['app SIGKILL', 'PostgreSQL immediate restart'];
  for (const [i, fault] of faults.entries()) {
    const world = worlds[i];
    if (!world) throw new Error('no world');
    const sessions = await signedInSessions(app, world, 2);
    const run = await faultRun({ fault, app, cluster, url, world, sessions, chaosMs: CHAOS_MS });
    const broken = Object.entries(run.violations).filter(([, list]) => list.length > 0);
    report[fault] = {
      ...run.counts,
      invariants: Object.fromEntries(
        Object.entries(run.violations).map(([name, list]) => [name, list.length]),
      ),
    };
    log(`${fault}: ${JSON.stringify(report[fault])}`);
    for (const [name, list] of broken)
      failures.push(`${fault}: ${name}: ${list.slice(0, 5).join('; ')}`);
    if (run.counts.appCrashes > 0) failures.push(`${fault}: the app died on its own`);
    if (run.counts.kills + run.counts.restarts === 0) failures.push(`${fault}: no fault injected`);
    if (run.counts.acknowledged === 0) failures.push(`${fault}: nothing was acknowledged`);

    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const planted = await plantedViolationsCaught(db, world.organizationId, run.ledger).finally(
      () => db.end(),
    );
    report[`${fault}: planted violations caught`] = planted.caught.length;
    log(`${fault}: planted one of each violation, the checker flagged ${planted.caught.length}/6`);
    for (const name of planted.missed) failures.push(`the checker missed a planted "${name}"`);
  }

  const world = worlds[0];
  if (!world) throw new Error('no world');
  const [session] = await signedInSessions(app, world, 1);
  if (!session) throw new Error('no session');
  const kill = await reminderKill(url, world, session, app);
  report['worker killed mid-reminder'] = kill;
  log(`worker killed mid-reminder: ${JSON.stringify(kill)}`);
  if (kill.outboxRowsAtKill !== 1 || kill.jobStateAfterKill !== 'active')
    failures.push('the kill did not land between the delivery record and the job completing');
  if (kill.runs < 2 || kill.jobStateAfter !== 'completed')
    failures.push('the reminder job was not run again after the kill');
  if (kill.outboxRowsAfter !== 1) failures.push(`${kill.outboxRowsAfter} reminders sent, not 1`);
} catch (error) {
  failures.push(`the run broke: ${(error as Error).stack ?? String(error)}`);
} finally {
  await app?.stop();
  await cluster?.stop();
}
log(`finished in ${Math.round((Date.now() - started) / 1000)} s`);
if (failures.length > 0) {
  for (const line of appTail) console.error(`[app] ${line}`);
  for (const f of failures) console.error(`[faults] FAILED ${f}`);
  process.exit(1);
}
log('every invariant held; the planted violations were caught');
