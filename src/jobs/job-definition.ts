/**
 * A job: its payload schema, its retry policy and its handler, in one place.
 *
 * Handlers must be idempotent: a job may run again after a worker dies mid-run.
 * Ids are deterministic (`kind:subject`), so enqueuing the same work twice is one job.
 */
import type { z } from 'zod';
import type { CommandContext } from '../commands/context.js';
import type { NewJob } from '../store/job-repository.js';

export interface JobDefinition<Payload> {
  kind: string;
  payload: z.ZodType<Payload>;
  maxAttempts: number;
  /** Delay before attempt n + 1 after attempt n failed. */
  backoffMs: (attempt: number) => number;
  /** The deterministic id of the job for this payload. */
  idFor: (payload: Payload) => string;
  handle: (ctx: CommandContext, payload: Payload) => Promise<void>;
  /**
   * Optional: the same work for many payloads at once, in a few statements. The runner
   * uses it for a claimed batch and falls back to `handle` one by one if it throws.
   */
  handleMany?: (ctx: CommandContext, payloads: Payload[]) => Promise<void>;
  build: (payload: Payload, now: Date, runAt?: Date) => NewJob;
}

export function defineJob<Payload>(
  definition: Omit<JobDefinition<Payload>, 'build' | 'backoffMs'> & {
    backoffMs?: (attempt: number) => number;
  },
): JobDefinition<Payload> {
  const backoffMs =
    definition.backoffMs ?? ((attempt: number) => Math.min(2 ** attempt * 5_000, 60 * 60 * 1000));
  return {
    ...definition,
    backoffMs,
    build: (payload, now, runAt) => ({
      id: definition.idFor(payload),
      kind: definition.kind,
      payload,
      runAt: runAt ?? now,
      maxAttempts: definition.maxAttempts,
    }),
  };
}
