/**
 * npm run bench:supervision: the supervision queries (store/supervision-repository.ts) with
 * BENCH_ROWS (default 100,000) complaints, their SLA clocks, owners, surveys and pending
 * remedies, on PGlite and PostgreSQL (BENCH_ENGINES). Two shapes of the same rows:
 * "backlog" (a year of complaints, statuses drawn evenly: 62 % open, most of their clocks long
 * breached, the worst case) and "steady" (only the last 14 days still open, the rest closed
 * in time or late). Each query runs BENCH_REPEATS times (default 30) after 3 warm-ups.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../src/store/database.js';
import { newId } from '../src/store/ids.js';
import {
  deadlineBoard,
  escalations,
  pendingApprovals,
  workload,
} from '../src/store/supervision-repository.js';
import { bulkComplaints } from './support/bulk-complaints.js';
import { dropPostgresDatabase, freshPostgresDatabase, table, type Engine } from './support/server.js';

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const repeats = Number(process.env.BENCH_REPEATS ?? 30);
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as Engine[];
const owners = 40;
const day = 86_400_000;

/** Owners, resolution and first-response times, clocks, surveys and pending remedies for the rows. */
export async function addSupervisionData(database: Database, now: Date): Promise<void> {
  const db = database.db;
  const userIds = Array.from({ length: owners }, (_, i) => newId(now.getTime() - i));
  await db.execute(sql`INSERT INTO users (id, email, name, role, password_hash, active, created_at, updated_at)
    VALUES ${sql.join(
      userIds.map(
        (id, i) =>
          sql`(${id}::uuid, ${`agent${i}@bench.example`}, ${`坐席 ${i}`}, ${i < 30 ? 'agent' : 'handler'}, 'x', true, ${now}::timestamptz, ${now}::timestamptz)`,
      ),
      sql`, `,
    )}`);
  const ownerArray = sql.raw(`ARRAY[${userIds.map((id) => `'${id}'::uuid`).join(', ')}]`);
  // One complaint in ten has no owner; the rest go round the owners.
  await db.execute(sql`UPDATE complaints SET
      owner_id = CASE WHEN hashtext(id::text) % 10 = 0 THEN NULL
                      ELSE (${ownerArray})[1 + abs(hashtext(id::text)) % ${owners}] END,
      first_responded_at = CASE WHEN status <> 'new'
                      THEN received_at + (abs(hashtext(id::text)) % 30) * interval '1 hour' END,
      resolved_at = CASE WHEN status IN ('resolved', 'closed')
                      THEN received_at + (abs(hashtext(id::text || 'r')) % 120) * interval '1 hour' END`);
  await db.execute(sql`INSERT INTO sla_clocks (complaint_id, kind, started_at, due_at, warn_at, met_at, stopped_at, updated_at)
    SELECT id, 'first_response', received_at, received_at + interval '24 hours', received_at + interval '18 hours',
           first_responded_at, CASE WHEN status = 'dismissed' AND first_responded_at IS NULL THEN updated_at END, updated_at
    FROM complaints`);
  await db.execute(sql`INSERT INTO sla_clocks (complaint_id, kind, started_at, due_at, warn_at, met_at, stopped_at, updated_at)
    SELECT id, 'resolution', received_at, resolution_due_at, received_at + interval '54 hours',
           resolved_at, CASE WHEN status = 'dismissed' THEN updated_at END, updated_at
    FROM complaints`);
  await db.execute(sql`INSERT INTO sla_clocks (complaint_id, kind, started_at, due_at, warn_at, met_at, updated_at)
    SELECT id, 'follow_up', resolved_at, resolved_at + interval '24 hours', resolved_at + interval '18 hours',
           CASE WHEN status = 'closed' THEN resolved_at + interval '20 hours' END, updated_at
    FROM complaints WHERE resolved_at IS NOT NULL`);
  // Breached open clocks were marked by the sweep and escalated an hour later.
  await db.execute(sql`UPDATE sla_clocks SET warned_at = warn_at, breached_at = due_at + interval '1 minute',
      escalated_at = due_at + interval '1 hour'
    WHERE met_at IS NULL AND stopped_at IS NULL AND due_at < ${now}::timestamptz - interval '1 hour'`);
  await db.execute(sql`INSERT INTO surveys (id, complaint_id, round, rating, comment, submitted_at)
    SELECT gen_random_uuid(), id, 1, 1 + abs(hashtext(id::text || 's')) % 5, NULL, resolved_at + interval '30 hours'
    FROM complaints WHERE status = 'closed'`);
  await db.execute(sql`INSERT INTO remedies (id, complaint_id, kind, amount, currency, description, status, proposed_by_id, created_at)
    SELECT gen_random_uuid(), id, 'refund', 100 + abs(hashtext(id::text || 'm')) % 5000, 'CNY', '退款', 'pending_approval',
           owner_id, received_at + interval '3 hours'
    FROM complaints WHERE status = 'remedy_proposed' AND owner_id IS NOT NULL`);
}

/** Only the last 14 days stay open; older complaints are closed, their clocks met or stopped. */
export async function toSteadyState(database: Database, now: Date): Promise<void> {
  const db = database.db;
  const cutoff = new Date(now.getTime() - 14 * day);
  await db.execute(sql`UPDATE complaints SET status = 'closed',
      first_responded_at = coalesce(first_responded_at, received_at + interval '5 hours'),
      resolved_at = coalesce(resolved_at, received_at + (abs(hashtext(id::text || 'r')) % 120) * interval '1 hour')
    WHERE received_at < ${cutoff}::timestamptz AND status NOT IN ('closed', 'dismissed')`);
  await db.execute(sql`UPDATE sla_clocks k SET met_at = CASE k.kind WHEN 'first_response' THEN c.first_responded_at
                                                           WHEN 'resolution' THEN c.resolved_at
                                                           ELSE c.resolved_at + interval '20 hours' END
    FROM complaints c
    WHERE c.id = k.complaint_id AND c.received_at < ${cutoff}::timestamptz
      AND k.met_at IS NULL AND k.stopped_at IS NULL`);
  await db.execute(sql`UPDATE remedies r SET status = 'approved' FROM complaints c
    WHERE c.id = r.complaint_id AND c.status = 'closed' AND r.status = 'pending_approval'`);
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const results: {
  engine: Engine;
  shape: string;
  query: string;
  rows: number;
  p50Ms: number;
  p95Ms: number;
}[] = [];

async function measure(database: Database, engine: Engine, shape: string, now: Date) {
  const db = database.db;
  await db.execute(sql`VACUUM ANALYZE`);
  const [{ open, flagged }] = (await queryRows<{ open: number; flagged: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM complaints WHERE status IN ('new','triaged','investigating','remedy_proposed','in_progress')) AS open,
               (SELECT count(*)::int FROM sla_clocks WHERE met_at IS NULL AND stopped_at IS NULL AND warn_at <= ${now}::timestamptz) AS flagged`,
  )) as [{ open: number; flagged: number }];
  console.error(`${engine} ${shape}: ${open} open complaints, ${flagged} open clocks past their warning`);
  const queries: Record<string, () => Promise<number>> = {
    board: async () => (await deadlineBoard(db, now)).length,
    workload: async () => (await workload(db, now)).length,
    'approvals (limit 2,000, page of 50)': async () =>
      (await pendingApprovals(db, { limit: 2000 }, { limit: 50 })).items.length,
    'escalations (7 days, page of 50)': async () =>
      (await escalations(db, { from: new Date(now.getTime() - 7 * day), to: now }, { limit: 50 })).items
        .length,
  };
  for (const [name, run] of Object.entries(queries)) {
    let count = 0;
    for (let i = 0; i < 3; i++) count = await run();
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    results.push({
      engine,
      shape,
      query: name,
      rows: count,
      p50Ms: +quantile(times, 0.5).toFixed(1),
      p95Ms: +quantile(times, 0.95).toFixed(1),
    });
  }
}

for (const engine of engines) {
  const dataDir = mkdtempSync(join(tmpdir(), 'closeloop-bench-supervision-'));
  const databaseUrl =
    engine === 'postgres' ? await freshPostgresDatabase('closeloop_bench_supervision') : undefined;
  const now = new Date();
  const seeding = performance.now();
  const database = await openDatabase({ databaseUrl, dataDir });
  try {
    await bulkComplaints(database, rows, now);
    await addSupervisionData(database, now);
    console.error(
      `${engine}: seeded ${rows} complaints in ${Math.round((performance.now() - seeding) / 1000)} s`,
    );
    await measure(database, engine, 'backlog', now);
    await toSteadyState(database, now);
    await measure(database, engine, 'steady', now);
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (engine === 'postgres') await dropPostgresDatabase('closeloop_bench_supervision');
  }
}

console.log(table(results));
console.log(JSON.stringify({ bench: 'supervision', complaints: rows, results }));
