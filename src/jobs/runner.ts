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
  completeJob,
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
  const batchSize = options.batchSize ?? 20;
  const pollMs = options.pollMs ?? 2_000;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const scheduleEveryMs = options.scheduleEveryMs ?? 60_000;
  let stopped = false;
  let wake: (() => void) | null = null;
  let loop: Promise<void> | null = null;
  let unlisten: (() => Promise<void>) | null = null;
  let lastSchedule = 0;

  async function runOne(job: JobRecord): Promise<void> {
    const definition = jobDefinitionByKind.get(job.kind);
    const now = () => ctx.now();
    try {
      if (!definition) throw new Error(`unknown job kind ${job.kind}`);
      await definition.run(ctx, job.payload);
      await completeJob(ctx.database.db, job.id, workerId, now());
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const retry =
        definition && job.attempts < job.maxAttempts
          ? new Date(now().getTime() + definition.backoffMs(job.attempts))
          : null;
      await failJob(ctx.database.db, job, workerId, message, now(), retry);
      options.log.error({ jobId: job.id, attempt: job.attempts, err: message }, retry ? 'job failed, will retry' : 'job dead');
    }
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
      for (const job of jobs) {
        await runOne(job);
        ran++;
      }
      if (stopped) return ran;
    }
  }

  async function run(): Promise<void> {
    while (!stopped) {
      try {
        await drain();
      } catch (error) {
        options.log.error({ err: error instanceof Error ? error.message : String(error) }, 'job runner error');
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
      unlisten = await ctx.database.listen(jobsChannel, () => wake?.());
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
