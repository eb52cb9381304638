import { shippedPolicyBook } from '../../src/commands/deadline-policy-source.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemRandomBytes, type CommandContext } from '../../src/commands/context.js';
import { openComplaint } from '../../src/commands/open-complaint.js';
import { defaultCalendars } from '../../src/domain/sla/index.js';
import { triage } from '../../src/domain/triage/index.js';
import { createJobRunner } from '../../src/jobs/runner.js';
import { openDatabase, queryRows, type Database } from '../../src/store/database.js';
import { claimJobs, enqueueJob } from '../../src/store/job-repository.js';
import { fakeClock } from '../support/fake-clock.js';
import { createTestDatabase, testEngine } from '../support/test-database.js';

let database: Database & { url?: string };
const clock = fakeClock();
const quietLog = { info: () => undefined, error: () => undefined };
const contextFor = (db: Database): CommandContext => ({
  database: db,
  now: clock.now,
  randomBytes: systemRandomBytes,
  calendar: defaultCalendars.cn,
  deadlinePolicies: shippedPolicyBook,
  triage,
});

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const count = async (query: ReturnType<typeof sql>) =>
  (await queryRows<{ n: number }>(database.db, query))[0]!.n;

describe(`job queue on ${testEngine()}`, () => {
  it('acknowledges a new complaint to the customer in the outbox, in the intake statement', async () => {
    const ctx = contextFor(database);
    const { complaint } = await openComplaint(
      ctx,
      {
        channel: 'web',
        customer: { name: '陈先生', email: 'chen@example.cn' },
        description: '外卖送错了,汤也洒了。',
      },
      { type: 'customer', name: '陈先生' },
    );
    // Written with the complaint: no job to run, nothing to wait for.
    const rows = await queryRows<{ subject: string; body: string; recipient: string }>(
      database.db,
      sql`SELECT subject, body, recipient FROM outbox WHERE complaint_id = ${complaint.id}`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.recipient).toBe('chen@example.cn');
    expect(rows[0]!.subject).toContain(complaint.trackingNumber);
    expect(rows[0]!.body).toContain('投诉单号');
    expect(await count(sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'customer.acknowledge'`)).toBe(0);
    // An acknowledgement job queued by an earlier version (or run again) writes nothing new.
    await enqueueJob(
      database.db,
      {
        id: `customer.acknowledge:${complaint.id}`,
        kind: 'customer.acknowledge',
        payload: { complaintId: complaint.id },
        runAt: clock.now(),
        maxAttempts: 3,
      },
      clock.now(),
    );
    const runner = createJobRunner(ctx, { log: quietLog });
    expect(await runner.drain()).toBeGreaterThanOrEqual(1);
    expect(await count(sql`SELECT count(*)::int AS n FROM outbox WHERE complaint_id = ${complaint.id}`)).toBe(
      1,
    );
  });

  it('retries a failing job with backoff and then keeps it as a dead letter', async () => {
    const ctx = contextFor(database);
    const now = clock.now();
    await enqueueJob(
      database.db,
      { id: 'bogus:1', kind: 'no.such.kind', payload: {}, runAt: now, maxAttempts: 2 },
      now,
    );
    const runner = createJobRunner(ctx, { log: quietLog });
    await runner.drain();
    let [job] = await queryRows<{ status: string; attempts: number }>(
      database.db,
      sql`SELECT status, attempts FROM jobs WHERE id = 'bogus:1'`,
    );
    expect(job).toMatchObject({ status: 'dead', attempts: 1 });
    // Unknown kinds die at once; a known kind with a bad payload retries first.
    await enqueueJob(
      database.db,
      {
        id: 'bad:1',
        kind: 'customer.acknowledge',
        payload: { complaintId: 'x' },
        runAt: now,
        maxAttempts: 2,
      },
      now,
    );
    await runner.drain();
    [job] = await queryRows(database.db, sql`SELECT status, attempts FROM jobs WHERE id = 'bad:1'`);
    expect(job).toMatchObject({ status: 'pending', attempts: 1 });
    clock.advance(60_000);
    await runner.drain();
    [job] = await queryRows(database.db, sql`SELECT status, attempts FROM jobs WHERE id = 'bad:1'`);
    expect(job).toMatchObject({ status: 'dead', attempts: 2 });
  });

  it('enqueues a job id once however often it is asked', async () => {
    const now = clock.now();
    const job = {
      id: 'same:1',
      kind: 'db.maintain',
      payload: { day: '2026-03-02' },
      runAt: now,
      maxAttempts: 3,
    };
    expect(await enqueueJob(database.db, job, now)).toBe(true);
    expect(await enqueueJob(database.db, job, now)).toBe(false);
  });

  it.runIf(testEngine() === 'postgres')(
    'gives each job to exactly one of two workers on separate connections',
    async () => {
      const second = await openDatabase({ databaseUrl: database.url!, poolSize: 4, migrate: false });
      try {
        const now = clock.now();
        for (let i = 0; i < 400; i++) {
          await enqueueJob(
            database.db,
            {
              id: `race:${i}`,
              kind: 'db.maintain',
              payload: { day: '2026-03-02' },
              runAt: now,
              maxAttempts: 1,
            },
            now,
          );
        }
        const claimed: string[] = [];
        const claimAll = async (db: Database, worker: string) => {
          for (;;) {
            const jobs = await claimJobs(db.db, worker, 7, now, 60_000);
            if (jobs.length === 0) return;
            claimed.push(...jobs.filter((j) => j.id.startsWith('race:')).map((j) => j.id));
          }
        };
        await Promise.all([
          claimAll(database, 'a'),
          claimAll(second, 'b'),
          claimAll(database, 'c'),
          claimAll(second, 'd'),
        ]);
        expect(claimed).toHaveLength(400);
        expect(new Set(claimed).size).toBe(400);
      } finally {
        await second.close();
      }
    },
  );
});
