/**
 * Every job kind the workers know, and the recurring ones the scheduler enqueues.
 */
import type { CommandContext } from '../commands/context.js';
import { localDateOf } from '../domain/sla/index.js';
import { acknowledgeCustomerJob } from './acknowledge-customer.js';
import type { JobDefinition } from './job-definition.js';
import { maintainDatabaseJob } from './maintain-database.js';
import { breachClockJob, escalateClockJob, warnClockJob } from './sla-clock-events.js';
import { slaSweepJob } from './sla-sweep.js';
import { overdueSweepJob } from './overdue-sweep.js';
import { duplicatesSweepJob } from './duplicates-sweep.js';
import { searchReindexJob, startSearchReindex } from './search-reindex.js';
import type { NewJob } from '../store/job-repository.js';

/** A job kind the runner can run: its payload is parsed by the kind's own schema first. */
export interface RunnableJob {
  kind: string;
  backoffMs: (attempt: number) => number;
  run: (ctx: CommandContext, payload: unknown) => Promise<void>;
  runMany?: (ctx: CommandContext, payloads: unknown[]) => Promise<void>;
}

function runnable<Payload>(definition: JobDefinition<Payload>): RunnableJob {
  return {
    kind: definition.kind,
    backoffMs: definition.backoffMs,
    run: (ctx, payload) => definition.handle(ctx, definition.payload.parse(payload)),
    ...(definition.handleMany
      ? {
          runMany: (ctx: CommandContext, payloads: unknown[]) =>
            definition.handleMany!(
              ctx,
              payloads.map((p) => definition.payload.parse(p)),
            ),
        }
      : {}),
  };
}

export const jobDefinitionByKind: ReadonlyMap<string, RunnableJob> = new Map(
  [
    runnable(acknowledgeCustomerJob),
    runnable(maintainDatabaseJob),
    runnable(slaSweepJob),
    runnable(overdueSweepJob),
    runnable(duplicatesSweepJob),
    runnable(searchReindexJob),
    runnable(warnClockJob),
    runnable(breachClockJob),
    runnable(escalateClockJob),
  ].map((d) => [d.kind, d]),
);

/** Recurring work due now; ids make the second enqueue of the same run a no-op. */
export function scheduledJobs(ctx: CommandContext, now: Date): NewJob[] {
  const day = localDateOf(now, ctx.calendar.timeZone);
  const minute = now.toISOString().slice(0, 16);
  return [
    maintainDatabaseJob.build({ day }, now),
    slaSweepJob.build({ minute }, now),
    overdueSweepJob.build({ minute }, now),
    duplicatesSweepJob.build({ minute }, now),
    startSearchReindex(now), // one job per token version, ever: a no-op once it exists
  ];
}
