/**
 * The SLA sweep: every minute, finds open clocks past their warning time or their due
 * time through the partial indexes, in batches, and fans out one job per clock event.
 * Job ids name the complaint, the clock and its cycle, so however many workers sweep at
 * once, each warning and each breach happens once.
 */
import { z } from 'zod';
import { clocksDue, type SweepPosition } from '../store/sla-clock-repository.js';
import { enqueueJobs } from '../store/job-repository.js';
import { defineJob } from './job-definition.js';
import { breachClockJob, warnClockJob } from './sla-clock-events.js';

const Payload = z.object({ minute: z.string() });
const batchSize = 1_000;
const maxBatches = 20;

export const slaSweepJob = defineJob<z.infer<typeof Payload>>({
  kind: 'sla.sweep',
  payload: Payload,
  maxAttempts: 3,
  idFor: (p) => `sla.sweep:${p.minute}`,
  async handle(ctx) {
    const now = ctx.now();
    for (const [event, job] of [
      ['breach', breachClockJob],
      ['warn', warnClockJob],
    ] as const) {
      let after: SweepPosition | undefined;
      for (let batch = 0; batch < maxBatches; batch++) {
        const due = await clocksDue(ctx.database.db, event, now, batchSize, after);
        await enqueueJobs(
          ctx.database.db,
          due.events.map((e) => job.build(e, now)),
          now,
        );
        if (!due.last || due.events.length < batchSize) break;
        after = due.last;
      }
    }
  },
});
