/**
 * Rewrites every stored search document when the token rules change (a new
 * `searchTokensVersion`): complaints, then library cases, in keyset batches of 500 rows, each
 * batch one transaction. One run does at most 40 batches, then enqueues the next run from
 * where it stopped (`search.reindex:v2:complaints:<id>`), so no run outlives its lease and a
 * crash loses one run's work at most. Until a row is rewritten its old tokens still answer
 * (store/text-query.ts asks for both forms). Scheduled with the recurring jobs: the id
 * `search.reindex:v<version>` makes it one job per version, kept after it is done.
 */
import { z } from 'zod';
import type { CommandContext } from '../commands/context.js';
import { searchTokensVersion } from '../domain/search/search-tokens.js';
import { enqueueJob } from '../store/job-repository.js';
import { reindexCases, reindexComplaints } from '../store/search-reindex-repository.js';
import { defineJob } from './job-definition.js';

const Payload = z.object({
  version: z.number().int().positive(),
  table: z.enum(['complaints', 'cases']),
  afterId: z.string().uuid().nullable(),
});
type Payload = z.infer<typeof Payload>;

export const searchReindexKind = 'search.reindex';
const batchSize = 500;
const batchesPerRun = 40;

/** Reindexes from `from` on; answers where a next run must start, or null when all is done. */
export async function reindexSearch(
  ctx: CommandContext,
  from: Payload,
  { batches = batchesPerRun, size = batchSize }: { batches?: number; size?: number } = {},
): Promise<{ next: Payload | null; rewritten: number }> {
  let { table, afterId } = from;
  let rewritten = 0;
  for (let batch = 0; batch < batches; batch++) {
    const result = await ctx.database.db.transaction((tx) =>
      table === 'complaints' ? reindexComplaints(tx, afterId, size) : reindexCases(tx, afterId, size),
    );
    rewritten += result.rewritten;
    if (result.read < size) {
      if (table === 'cases') return { next: null, rewritten };
      table = 'cases';
      afterId = null;
    } else {
      afterId = result.lastId;
    }
  }
  return { next: { version: from.version, table, afterId }, rewritten };
}

export const searchReindexJob = defineJob<Payload>({
  kind: searchReindexKind,
  payload: Payload,
  maxAttempts: 10,
  idFor: (p) =>
    p.table === 'complaints' && p.afterId === null
      ? `${searchReindexKind}:v${p.version}`
      : `${searchReindexKind}:v${p.version}:${p.table}:${p.afterId ?? 'start'}`,
  async handle(ctx, payload) {
    // a job of an older version (queued before an upgrade) has nothing left to do
    if (payload.version !== searchTokensVersion) return;
    const { next } = await reindexSearch(ctx, payload);
    if (next) await enqueueJob(ctx.database.db, searchReindexJob.build(next, ctx.now()), ctx.now());
  },
});

/** The job that starts this version's reindex (a no-op to enqueue once it exists). */
export function startSearchReindex(now: Date) {
  return searchReindexJob.build({ version: searchTokensVersion, table: 'complaints', afterId: null }, now);
}
