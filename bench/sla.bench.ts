/**
 * npm run bench:sla: deadline computations per second on one core (computeDeadlines, CONTRACT.md §8)
 * over random receipt instants across 2025–2026, with both shipped calendars, after a warm-up.
 * Then one SLA sweep over BENCH_SWEEP_ROWS (100,000) open complaints with 1 % past due, on
 * PGlite and PostgreSQL (BENCH_ENGINES). Prints tables and, last, the JSON line of CONTRACT.md §12.
 * BENCH_DEADLINES (default 1,000,000) sets how many instants; BENCH_SEED the random seed.
 */
import { shippedPolicyBook } from '../src/commands/deadline-policy-source.js';
import { performance } from 'node:perf_hooks';
import type { Complexity } from '../src/domain/vocabulary.js';
import { computeDeadlines, defaultCalendars, type BusinessCalendar } from '../src/domain/sla/index.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { systemRandomBytes, type CommandContext } from '../src/commands/context.js';
import { triage } from '../src/domain/triage/index.js';
import { createJobRunner } from '../src/jobs/runner.js';
import { slaSweepJob } from '../src/jobs/sla-sweep.js';
import { openDatabase, queryRows } from '../src/store/database.js';
import { bulkComplaints } from './support/bulk-complaints.js';
import { dropPostgresDatabase, freshPostgresDatabase, table, type Engine } from './support/server.js';

const count = Number(process.env.BENCH_DEADLINES ?? 1_000_000);
const seed = Number(process.env.BENCH_SEED ?? 20250926);
const warmUpCount = Math.min(200_000, count);

const from = Date.UTC(2025, 0, 1);
const to = Date.UTC(2027, 0, 1);
const hour = 3_600_000;

/** mulberry32: a small seeded generator, so every run times the same instants. */
function randomNumbers(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Receipts {
  receivedAt: Float64Array;
  /** NaN: not resolved yet. */
  resolvedAt: Float64Array;
  complex: Uint8Array;
}

/** Whole-millisecond instants; half are complex, a third already resolved within ten days. */
function receipts(size: number, random: () => number): Receipts {
  const result: Receipts = {
    receivedAt: new Float64Array(size),
    resolvedAt: new Float64Array(size),
    complex: new Uint8Array(size),
  };
  for (let index = 0; index < size; index++) {
    const receivedAt = from + Math.floor(random() * (to - from));
    result.receivedAt[index] = receivedAt;
    result.resolvedAt[index] = random() < 1 / 3 ? receivedAt + Math.floor(random() * 240 * hour) : NaN;
    result.complex[index] = random() < 0.5 ? 1 : 0;
  }
  return result;
}

/** Computes every receipt's deadlines; answers the seconds taken and a checksum the JIT must keep. */
function run(input: Receipts, calendar: BusinessCalendar): { seconds: number; checksum: number } {
  let checksum = 0;
  const started = performance.now();
  for (let index = 0; index < input.receivedAt.length; index++) {
    const resolvedAt = input.resolvedAt[index]!;
    const complexity: Complexity = input.complex[index] === 1 ? 'complex' : 'ordinary';
    const deadlines = computeDeadlines(
      {
        receivedAt: new Date(input.receivedAt[index]!),
        complexity,
        resolvedAt: Number.isNaN(resolvedAt) ? undefined : new Date(resolvedAt),
      },
      calendar,
    );
    checksum = (checksum + (deadlines.resolutionDueAt.getTime() % 1_000_003)) % 1_000_000_007;
  }
  return { seconds: (performance.now() - started) / 1_000, checksum };
}

const random = randomNumbers(seed);
const warmUp = receipts(warmUpCount, random);
const measured = receipts(count, random);
const calendars = Object.entries(defaultCalendars);

for (const [, calendar] of calendars) run(warmUp, calendar);

const rows = [];
let totalSeconds = 0;
for (const [key, calendar] of calendars) {
  const { seconds, checksum } = run(measured, calendar);
  totalSeconds += seconds;
  rows.push({
    calendar: `${key} (${calendar.timeZone})`,
    deadlines: count,
    seconds: seconds.toFixed(3),
    deadlinesPerSecond: Math.round(count / seconds),
    nanosecondsEach: Math.round((seconds * 1e9) / count),
    checksum,
  });
}
const deadlinesPerSecond = Math.round((count * calendars.length) / totalSeconds);
rows.push({
  calendar: 'both',
  deadlines: count * calendars.length,
  seconds: totalSeconds.toFixed(3),
  deadlinesPerSecond,
  nanosecondsEach: Math.round((totalSeconds * 1e9) / (count * calendars.length)),
  checksum: '-',
});

console.log(
  `computeDeadlines, one core (${process.version}), receipts in 2025–2026, seed ${seed}, after ${warmUpCount.toLocaleString('en-US')} warm-up computations per calendar`,
);
console.log(table(rows));

// The sweep: 100,000 open complaints, each with a first-response and a resolution clock,
// 1 % of them past due; one run of the sla.sweep job (select through the partial index,
// fan out one job per event), then the fanned-out breach jobs run by one worker.
const sweepRows = Number(process.env.BENCH_SWEEP_ROWS ?? 100_000);
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as Engine[];
const sweep: { engine: Engine; openComplaints: number; dueClocks: number; ms: number; eventsMs: number }[] =
  [];
for (const engine of engines) {
  const dataDir = mkdtempSync(join(tmpdir(), 'closeloop-bench-sweep-'));
  const databaseUrl =
    engine === 'postgres' ? await freshPostgresDatabase('closeloop_bench_sweep') : undefined;
  const database = await openDatabase({ databaseUrl, dataDir });
  try {
    const now = new Date('2026-06-01T02:00:00.000Z');
    await bulkComplaints(database, sweepRows, now);
    await database.db.execute(sql`UPDATE complaints SET status = 'in_progress'`);
    await database.db.execute(sql`
      INSERT INTO sla_clocks (complaint_id, kind, cycle, started_at, due_at, warn_at, updated_at)
      SELECT id, k.kind, 1, ${now}::timestamptz - interval '1 day',
             CASE WHEN n % 100 = 0 THEN ${now}::timestamptz - interval '1 minute' ELSE ${now}::timestamptz + interval '3 days' END,
             CASE WHEN n % 100 = 0 THEN ${now}::timestamptz - interval '2 hours' ELSE ${now}::timestamptz + interval '2 days' END,
             ${now}::timestamptz
      FROM (SELECT id, row_number() OVER () AS n FROM complaints) c
      CROSS JOIN (VALUES ('first_response'), ('resolution')) AS k(kind)`);
    await database.db.execute(sql`VACUUM ANALYZE`);
    const ctx: CommandContext = {
      database,
      now: () => now,
      randomBytes: systemRandomBytes,
      calendar: defaultCalendars.cn,
      deadlinePolicies: shippedPolicyBook,
      triage,
    };
    const started = performance.now();
    await slaSweepJob.handle(ctx, { minute: now.toISOString().slice(0, 16) });
    const ms = performance.now() - started;
    const [queued] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'sla.breach'`,
    );
    const eventsStarted = performance.now();
    await createJobRunner(ctx, { log: { info: () => undefined, error: () => undefined } }).drain();
    const eventsMs = performance.now() - eventsStarted;
    sweep.push({
      engine,
      openComplaints: sweepRows,
      dueClocks: queued?.n ?? 0,
      ms: Math.round(ms),
      eventsMs: Math.round(eventsMs),
    });
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (engine === 'postgres') await dropPostgresDatabase('closeloop_bench_sweep');
  }
}
console.log(table(sweep.map((s) => ({ ...s, 'sweep ms': s.ms, 'events ms': s.eventsMs }))));
console.log(
  JSON.stringify({
    bench: 'sla',
    deadlinesPerSecond,
    sweep: sweep.map(({ engine, openComplaints, dueClocks, ms, eventsMs }) => ({
      engine,
      openComplaints,
      dueClocks,
      ms,
      eventsMs,
    })),
  }),
);
