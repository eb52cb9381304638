/**
 * Runs jobs from the queue: in the server process by default, or in `closeloop worker`.
 *
 * Wakes on NOTIFY and otherwise checks every `pollMs`; claims a batch with SKIP LOCKED,
 * runs each handler, then marks it done, retries it with backoff, or moves it to the
 * dead letters. Several runners, in one process or many, never run a job twice at once.
 */
import { hostname } from 'node:os';
import type { CommandContext } from '../commands/context.js';
import {
  claimJobs,
  completeJobs,
  enqueueJob,
  failJob,
  jobsChannel,
  releaseExpiredLeases,
  type JobRecord,
} from '../store/job-repository.js';
import { newId } from '../store/ids.js';
import { jobDefinitionByKind, scheduledJobs } from './registry.js';

export interface RunnerLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface RunnerOptions {
  batchSize?: number;
  pollMs?: number;
  leaseMs?: number;
  scheduleEveryMs?: number;
  /** How long a NOTIFY waits before the runner looks, so bursts are claimed together. */
  wakeDelayMs?: number;
  log: RunnerLog;
}

export interface JobRunner {
  readonly workerId: string;
  /** Runs due jobs until none are left; used by tests and `closeloop worker --once`. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

export async function startJobRunner(ctx: CommandContext, options: RunnerOptions): Promise<JobRunner> {
  const runner = createJobRunner(ctx, options);
  await runner.start();
  return runner;
}

export function createJobRunner(ctx: CommandContext, options: RunnerOptions) {
  const workerId = `${hostname()}:${process.pid}:${newId().slice(-8)}`;
  const batchSize = options.batchSize ?? 100;
  const pollMs = options.pollMs ?? 2_000;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const scheduleEveryMs = options.scheduleEveryMs ?? 60_000;
  // A burst of new complaints sends a burst of NOTIFYs: wait a moment so one claim takes them all.
  const wakeDelayMs = options.wakeDelayMs ?? 100;
  let stopped = false;
  let wake: (() => void) | null = null;
  let loop: Promise<void> | null = null;
  let unlisten: (() => Promise<void>) | null = null;
  let lastSchedule = 0;

  /** Runs one job; answers true when it succeeded (the caller marks it done). */
  async function runOne(job: JobRecord): Promise<boolean> {
    const definition = jobDefinitionByKind.get(job.kind);
    try {
      if (!definition) throw new Error(`unknown job kind ${job.kind}`);
      await definition.run(ctx, job.payload);
      return true;
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const now = ctx.now();
      const retry =
        definition && job.attempts < job.maxAttempts
          ? new Date(now.getTime() + definition.backoffMs(job.attempts))
          : null;
      await failJob(ctx.database.db, job, workerId, message, now, retry);
      options.log.error(
        { jobId: job.id, attempt: job.attempts, err: message },
        retry ? 'job failed, will retry' : 'job dead',
      );
      return false;
    }
  }

  /** Runs a claimed batch: kinds that can, in one go; a failed batch falls back to one by one. */
  async function runBatch(jobs: JobRecord[]): Promise<void> {
    const byKind = new Map<string, JobRecord[]>();
    for (const job of jobs) byKind.set(job.kind, [...(byKind.get(job.kind) ?? []), job]);
    const done: string[] = [];
    for (const [kind, group] of byKind) {
      const definition = jobDefinitionByKind.get(kind);
      if (definition?.runMany && group.length > 1) {
        try {
          await definition.runMany(
            ctx,
            group.map((j) => j.payload),
          );
          done.push(...group.map((j) => j.id));
          continue;
        } catch {
          // find the failing job(s) below, one by one
        }
      }
      for (const job of group) if (await runOne(job)) done.push(job.id);
    }
    await completeJobs(ctx.database.db, done, workerId, ctx.now());
  }

  async function drain(): Promise<number> {
    let ran = 0;
    for (;;) {
      const now = ctx.now();
      if (now.getTime() - lastSchedule >= scheduleEveryMs) {
        lastSchedule = now.getTime();
        await releaseExpiredLeases(ctx.database.db, now);
        for (const job of scheduledJobs(ctx, now)) await enqueueJob(ctx.database.db, job, now);
      }
      const jobs = await claimJobs(ctx.database.db, workerId, batchSize, now, leaseMs);
      if (jobs.length === 0) return ran;
      await runBatch(jobs);
      ran += jobs.length;
      if (stopped) return ran;
    }
  }

  async function run(): Promise<void> {
    while (!stopped) {
      try {
        await drain();
      } catch (error) {
        options.log.error(
          { err: error instanceof Error ? error.message : String(error) },
          'job runner error',
        );
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  }

  return {
    workerId,
    drain,
    async start() {
      let pendingWake: NodeJS.Timeout | null = null;
      unlisten = await ctx.database.listen(jobsChannel, () => {
        pendingWake ??= setTimeout(() => {
          pendingWake = null;
          wake?.();
        }, wakeDelayMs);
      });
      loop = run();
      options.log.info({ workerId }, 'job runner started');
    },
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      await unlisten?.();
    },
  };
}
