/**
 * `pnpm bench`: builds the app, serves it on the generated database (`pnpm bench:data` first),
 * loads each scenario with autocannon beside a trivial procedure, EXPLAINs the hot queries,
 * runs Lighthouse, and writes bench-results/. Exits non-zero when a target is missed.
 */
import { cpus, loadavg } from 'node:os';
import pg from 'pg';

import { APP_DATABASE_ROLE, createDatabase } from '@stride/db';

import type { ScenarioResult } from './report';
import type { Scenario } from './scenarios';
import type { Server } from './server';
import { benchId, emailOf, KIND } from '../data/shape';
import {
  benchDatabaseUrl,
  connections,
  durationSeconds,
  only,
  skipBuild,
  skipLighthouse,
} from '../env';
import { analyzeLikeAutovacuum } from './autoanalyze';
import { cpuPerRequest, cpuSnapshot } from './cpu';
import { explainHotQueries, largeTables, seqScanCounts } from './explain';
import { signIn } from './http';
import { lighthousePages } from './lighthouse';
import { runLoad } from './load';
import { removeBookings } from './remove-bookings';
import { judge, writeResults } from './report';
import {
  bookingScenario,
  cancelScenario,
  coldSlotsScenario,
  freeSlots,
  readScenarios,
} from './scenarios';
import { buildApp, startServer } from './server';

// Data generated under an older schema still gets today's migrations (indexes above all), or the
// bench would measure yesterday's database.
const owner = await createDatabase({ kind: 'postgres', url: benchDatabaseUrl });
await owner.migrate();
await owner.close();

const db = new pg.Client({ connectionString: benchDatabaseUrl });
await db.connect();
// The server runs as stride_app, as in production, and pg-boss installs its schema as whoever
// boots first. A queue left by an owner-connected run would refuse stride_app, so it goes: it
// holds only jobs from earlier bench runs.
const foreign = await db.query<{ n: string }>(
  `SELECT count(*)::text AS n FROM pg_tables WHERE schemaname = 'pgboss' AND tableowner <> $1`,
  [APP_DATABASE_ROLE],
);
if (foreign.rows[0]?.n !== '0') await db.query('DROP SCHEMA pgboss CASCADE');
// Jobs are all earlier runs' (no server is running yet), and none may stay:
// - an earlier run's cancellations queued ~1,500 waitlist checks, each computing a week of
//   slots, which the server would work through during this run's measurements;
// - each run's bookings and cancellations leave ~3,000 cancelled email jobs for the same start
//   times, and every cancellation's withdrawal of its reminder read the earlier runs' ones for
//   that time again: after 21 runs in one session there were 62,000. pg-boss moves finished
//   jobs to its archive after 12 hours; the bench may run many times in 12 hours.
const queued = await db.query(
  `SELECT 1 FROM pg_tables WHERE schemaname = 'pgboss' AND tablename = 'job'`,
);
if (queued.rowCount) await db.query(`DELETE FROM pgboss.job`);
const anchorRow = await db.query<{ anchor: string }>(
  `SELECT to_char(created_at::date + 1200, 'YYYY-MM-DD') AS anchor FROM organizations WHERE slug = 'bench'`,
);
const anchor = anchorRow.rows[0]?.anchor;
if (!anchor) throw new Error('No bench data: run `pnpm bench:data` first.');
const encounterIds = (
  await db.query<{ id: string }>(
    `SELECT id FROM encounters WHERE organization_id = $1 AND clinician_id = $2 ORDER BY id LIMIT 200`,
    [benchId(KIND.org, 1), benchId(KIND.user, 1)],
  )
).rows.map((r) => r.id);

if (!skipBuild) buildApp();
let server: Server = await startServer();
let peakRssMb = 0;
/**
 * What was running when the peak was sampled: a scenario's name, or the set-up around them. A
 * run's first bench here peaked once at 1,031 MB and the next three at 521–555 with nothing
 * changed, and a single number could not say when.
 */
let phase = 'start-up and sign-in';
let peakDuring = phase;
const sampler = setInterval(() => {
  const rss = server.rssMb();
  if (rss > peakRssMb) [peakRssMb, peakDuring] = [rss, phase];
}, 500);
const large = await largeTables(db);
const results: ScenarioResult[] = [];
let ceiling = 1;
/** Seconds of each trivial run beside a read scenario. */
const PAIRED_CEILING_SECONDS = 5;
/** Every appointment the run booked, removed once the server has stopped (removeBookings). */
const bookedByRun: string[] = [];
try {
  const sessions = {
    patient: await signIn(server.url, emailOf.patient(1)),
    frontDesk: await signIn(server.url, emailOf.frontDesk),
    clinician: await signIn(server.url, emailOf.clinician(1)),
    admin: await signIn(server.url, emailOf.admin),
  };
  const slots = (await freeSlots(server.url, sessions.frontDesk, anchor, 6)).slice(0, 1500);
  const booked: string[] = [];
  const reads = readScenarios(sessions, anchor, encounterIds);
  const scenarios: (() => Scenario)[] = [
    ...reads.map((s) => () => s),
    () => bookingScenario(sessions.frontDesk, slots, booked),
    () => {
      const ids = booked.splice(0);
      bookedByRun.push(...ids);
      return cancelScenario(sessions.frontDesk, ids);
    },
  ];
  // This host's speed drifts within a run (the trivial procedure: 353 and 576 req/s in two
  // runs minutes apart), so a read is held to the ceiling measured beside it, not to the one
  // measured minutes before: a short trivial run just before and just after, averaged.
  const trivial = reads.find((s) => s.kind === 'ceiling');
  if (!trivial) throw new Error('the read scenarios have no trivial procedure to compare with');
  const ceilingNow = async (): Promise<number> =>
    (
      await runLoad({
        url: server.url,
        connections,
        duration: PAIRED_CEILING_SECONDS,
        requests: trivial.requests,
      })
    ).rps;
  /**
   * Warms a scenario up, loads it on the current server, and judges it: against `ceilingBefore`
   * and a trivial run after it when given (reads), else against the run's first ceiling.
   */
  const measure = async (scenario: Scenario, ceilingBefore?: number): Promise<ScenarioResult> => {
    const url = server.url;
    const conns = scenario.connections ?? connections;
    phase = scenario.name;
    // Warm up, and catch sequential scans from the real queries (stats flush within a second).
    await new Promise((r) => setTimeout(r, 1500));
    const before = await seqScanCounts(db, large);
    if (!scenario.amount)
      await runLoad({ url, connections: 1, amount: 3, requests: scenario.requests });
    await new Promise((r) => setTimeout(r, 1500));
    const analyzed = await analyzeLikeAutovacuum(db);
    if (analyzed.length) console.log(`(analyzed as autovacuum would have: ${analyzed.join(', ')})`);
    const cpuBefore = cpuSnapshot(server.process.pid ?? 0);
    const load = await runLoad({
      url,
      connections: conns,
      duration: durationSeconds,
      ...(scenario.amount ? { amount: scenario.amount, keepFailures: true } : {}),
      requests: scenario.requests,
    });
    const cpu = cpuPerRequest(cpuBefore, cpuSnapshot(server.process.pid ?? 0), load.requests);
    // Over the warm-up and the whole load: a plan that turns to a sequential scan only once the
    // server caches a generic plan for a statement (after five runs) is caught too.
    await new Promise((r) => setTimeout(r, 1500));
    const after = await seqScanCounts(db, large);
    const seqScans = [...after].filter(([t, n]) => n > (before.get(t) ?? 0)).map(([t]) => t);
    if (scenario.kind === 'ceiling') ceiling = load.rps;
    const ceilingRps =
      ceilingBefore === undefined
        ? undefined
        : Math.round((ceilingBefore + (await ceilingNow())) / 2);
    const result = judge({
      ...load,
      name: scenario.name,
      kind: scenario.kind,
      connections: conns,
      ratio: load.rps / (ceilingRps ?? ceiling),
      ...(ceilingRps === undefined ? {} : { ceilingRps }),
      cpu,
      seqScans,
    });
    const of = ceilingRps === undefined ? '' : ` (of ${ceilingRps})`;
    console.log(
      `${result.name.padEnd(44)} ${String(result.rps).padStart(8)} req/s  p50 ${result.p50}  p95 ${result.p95}  p99 ${result.p99}  ×${result.ratio.toFixed(2)}${of}  cpu ms/req server ${cpu.server} pg ${cpu.postgres}  ${result.pass ? 'pass' : result.why.join('; ')}`,
    );
    for (const failure of load.failures) console.log(`  refused: ${failure}`);
    phase = `after ${scenario.name}`;
    return result;
  };
  const named = (name: string) => only.some((o) => name.includes(o));
  const wanted = (scenario: Scenario) =>
    // BENCH_ONLY narrows a run to the scenarios being worked on (the ceiling always runs). The
    // bookings are always cancelled after: left in place they use up the free slots, and later
    // runs book nothing until `pnpm bench:data` makes the data again.
    !only.length ||
    scenario.kind === 'ceiling' ||
    named(scenario.name) ||
    (scenario.name.startsWith('cancel') && named('book a slot'));
  for (const make of scenarios) {
    const scenario = make();
    if (!wanted(scenario)) continue;
    results.push(
      await measure(scenario, scenario.kind === 'read' ? await ceilingNow() : undefined),
    );
  }
  phase = 'EXPLAIN and Lighthouse';
  const explain = await explainHotQueries(db);
  const lighthouse = skipLighthouse
    ? []
    : lighthousePages(server.url, [
        { page: 'sign-in', path: '/sign-in' },
        { page: 'booking (portal)', path: '/portal/book', cookie: sessions.patient },
        { page: 'plan (portal)', path: '/portal/plan', cookie: sessions.patient },
      ]);
  // The slots scenario reads one week, which the slot cache remembers after the first request.
  // For what computing a week costs, the same load runs against a second server with the cache
  // off: context beside the scenario, not judged.
  if (wanted(coldSlotsScenario('', anchor))) {
    await server.stop();
    server = await startServer({ STRIDE_SLOT_CACHE: 'off' });
    const patient = await signIn(server.url, emailOf.patient(1));
    results.push(await measure(coldSlotsScenario(patient, anchor)));
  }
  const memoryOk = peakRssMb < 1024;
  const pass =
    results.every((r) => r.pass) &&
    explain.every((e) => e.seqScans.length === 0) &&
    memoryOk &&
    lighthouse.every((l) => l.median >= 0.9);
  const md = writeResults({
    at: new Date().toISOString(),
    loadAverage: loadavg(),
    cpus: cpus().length,
    connections,
    durationSeconds,
    scenarios: results,
    explain,
    peakRssMb,
    peakRssDuring: peakDuring,
    lighthouse,
    pass,
  });
  console.log(`\n${md}`);
  process.exitCode = pass ? 0 : 1;
} finally {
  clearInterval(sampler);
  await server.stop();
  await removeBookings(db, bookedByRun);
  await db.end();
}
