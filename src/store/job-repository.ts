/**
 * The table-backed job queue: claims with FOR UPDATE SKIP LOCKED (so any number of
 * workers share it without taking a job twice), wake-ups with NOTIFY, retries with
 * backoff, dead letters kept for admins. Ids are chosen by the caller, so a scheduled
 * run or a per-complaint job enqueued twice is one job.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';
import { jobs } from './schema.js';

export const jobsChannel = 'closeloop_jobs';

export interface JobRecord {
  id: string;
  kind: string;
  payload: unknown;
  status: 'pending' | 'running' | 'done' | 'dead';
  runAt: Date;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewJob {
  id: string;
  kind: string;
  payload: unknown;
  runAt: Date;
  maxAttempts: number;
}

/** Enqueues unless a job with this id exists; true when it was new. */
export async function enqueueJob(db: Executor, job: NewJob, now: Date): Promise<boolean> {
  const rows = await db
    .insert(jobs)
    .values({ ...job, status: 'pending', attempts: 0, createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  if (rows.length > 0) await db.execute(sql`SELECT pg_notify(${jobsChannel}, '')`);
  return rows.length > 0;
}

/** Enqueues many jobs in one statement; ids already queued are left as they are. */
export async function enqueueJobs(db: Executor, list: NewJob[], now: Date): Promise<number> {
  if (list.length === 0) return 0;
  const rows = await db
    .insert(jobs)
    .values(list.map((job) => ({ ...job, status: 'pending', attempts: 0, createdAt: now, updatedAt: now })))
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  if (rows.length > 0) await db.execute(sql`SELECT pg_notify(${jobsChannel}, '')`);
  return rows.length;
}

type RawJob = {
  id: string;
  kind: string;
  payload: unknown;
  status: JobRecord['status'];
  run_at: Date | string;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  created_at: Date | string;
  updated_at: Date | string;
};

const fromRaw = (r: RawJob): JobRecord => ({
  id: r.id,
  kind: r.kind,
  payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
  status: r.status,
  runAt: new Date(r.run_at),
  attempts: r.attempts,
  maxAttempts: r.max_attempts,
  lastError: r.last_error,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

/** Takes up to `limit` due jobs for this worker; nobody else gets them until released. */
export async function claimJobs(
  db: Executor,
  worker: string,
  limit: number,
  now: Date,
  leaseMs: number,
): Promise<JobRecord[]> {
  const rows = await queryRows<RawJob>(
    db,
    sql`
    UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = ${worker},
      locked_until = ${new Date(now.getTime() + leaseMs)}::timestamptz, updated_at = ${now}::timestamptz
    WHERE id IN (
      SELECT id FROM jobs WHERE status = 'pending' AND run_at <= ${now}::timestamptz
      ORDER BY run_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, payload, status, run_at, attempts, max_attempts, last_error, created_at, updated_at`,
  );
  return rows.map(fromRaw);
}

/** Jobs whose worker died mid-run go back to the queue once their lease ran out. */
export async function releaseExpiredLeases(db: Executor, now: Date): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE jobs SET status = 'pending', locked_by = NULL, locked_until = NULL, updated_at = ${now}::timestamptz
        WHERE id IN (SELECT id FROM jobs WHERE status = 'running' AND locked_until < ${now}::timestamptz
                     FOR UPDATE SKIP LOCKED)
        RETURNING id`,
  );
  return rows.length;
}

export async function completeJobs(db: Executor, ids: string[], worker: string, now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(jobs)
    .set({ status: 'done', lockedBy: null, lockedUntil: null, lastError: null, updatedAt: now })
    .where(and(inArray(jobs.id, ids), eq(jobs.lockedBy, worker)));
}

/** A failed attempt: back to the queue after `retryAt`, or dead when out of attempts. */
export async function failJob(
  db: Executor,
  job: JobRecord,
  worker: string,
  error: string,
  now: Date,
  retryAt: Date | null,
): Promise<void> {
  await db
    .update(jobs)
    .set({
      status: retryAt ? 'pending' : 'dead',
      runAt: retryAt ?? job.runAt,
      lockedBy: null,
      lockedUntil: null,
      lastError: error.slice(0, 4000),
      updatedAt: now,
    })
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, worker)));
}

export async function listJobs(
  db: Executor,
  status: JobRecord['status'],
  limit: number,
): Promise<JobRecord[]> {
  const rows = await db
    .select()
    .from(jobs)
    .where(eq(jobs.status, status))
    .orderBy(desc(jobs.updatedAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, status: r.status as JobRecord['status'] }));
}

/** Puts a dead job back in the queue with fresh attempts. */
export async function retryDeadJob(db: Executor, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ status: 'pending', attempts: 0, runAt: now, updatedAt: now })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'dead')))
    .returning({ id: jobs.id });
  if (rows.length) await db.execute(sql`SELECT pg_notify(${jobsChannel}, '')`);
  return rows.length > 0;
}

/** Finished jobs are kept a while for inspection, then removed. */
export async function deleteFinishedJobsBefore(
  db: Executor,
  before: Date,
  keepKinds: readonly string[] = [],
): Promise<number> {
  const kept = keepKinds.map((kind) => sql` AND kind <> ${kind}`);
  const rows = await queryRows<{ id: string }>(
    db,
    sql`DELETE FROM jobs WHERE status = 'done' AND updated_at < ${before}::timestamptz${sql.join(kept)} RETURNING id`,
  );
  return rows.length;
}
