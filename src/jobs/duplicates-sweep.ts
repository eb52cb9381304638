/**
 * The duplicates sweep: every minute, links complaints received since the last sweep to their
 * near duplicates (store/duplicate-repository.ts), in batches, each batch in one transaction
 * with a history entry per link. Off the request path: intake only queues the check, so a
 * burst of identical complaints costs intake nothing extra. Several workers take disjoint
 * batches (SKIP LOCKED), so each complaint is checked once.
 */
import { z } from 'zod';
import type { CommandContext } from '../commands/context.js';
import { checkDuplicates } from '../store/duplicate-repository.js';
import { appendHistory } from '../store/history-repository.js';
import { defineJob } from './job-definition.js';

const Payload = z.object({ minute: z.string() });
const batchSize = 500;
const maxBatches = 40;
const system = { type: 'system', name: 'Duplicates' } as const;

/** Checks every waiting complaint; answers how many were checked and how many links were found. */
export async function sweepDuplicates(ctx: CommandContext): Promise<{ checked: number; linked: number }> {
  let checked = 0;
  let linked = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const result = await ctx.database.db.transaction(async (tx) => {
      const now = ctx.now();
      const outcome = await checkDuplicates(tx, batchSize, now);
      for (const found of outcome.found) {
        await appendHistory(
          tx,
          found.complaintId,
          system,
          'complaint.duplicate_linked',
          { duplicateOf: found.duplicateOf, score: Math.round(found.score * 100) / 100 },
          now,
        );
      }
      return outcome;
    });
    checked += result.checked;
    linked += result.found.length;
    if (result.checked < batchSize) break;
  }
  return { checked, linked };
}

export const duplicatesSweepJob = defineJob<z.infer<typeof Payload>>({
  kind: 'duplicates.sweep',
  payload: Payload,
  maxAttempts: 3,
  idFor: (p) => `duplicates.sweep:${p.minute}`,
  handle: async (ctx) => {
    await sweepDuplicates(ctx);
  },
});
