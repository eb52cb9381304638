/**
 * npm run bench:sla: deadline computations per second on one core (computeDeadlines, CONTRACT.md §8)
 * over random receipt instants across 2025–2026, with both shipped calendars, after a warm-up.
 * Prints a table and, last, one JSON line: {"bench":"sla","deadlinesPerSecond":x,"sweep":[]}.
 * `sweep` stays empty until the breach sweep over 100,000 open complaints exists (SLA clocks).
 * BENCH_DEADLINES (default 1,000,000) sets how many instants; BENCH_SEED the random seed.
 */
import { performance } from 'node:perf_hooks';
import type { Complexity } from '../src/domain/vocabulary.js';
import { computeDeadlines, defaultCalendars, type BusinessCalendar } from '../src/domain/sla/index.js';
import { table } from './support/server.js';

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
console.log(
  'sweep: not measured yet; the breach sweep over 100,000 open complaints comes with the SLA clocks, so "sweep" is [].',
);
console.log(JSON.stringify({ bench: 'sla', deadlinesPerSecond, sweep: [] }));
