/**
 * Daily database upkeep: PGlite has no autovacuum (STACK.md rule 3), so VACUUM ANALYZE
 * runs here; on both engines, finished jobs older than a week are removed (but one-off
 * reindex runs: their done rows say the work was done, so it is not scheduled again).
 * Scheduled once per local day with a deterministic id, however many workers run.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { deleteFinishedJobsBefore } from '../store/job-repository.js';
import { searchReindexKind } from './search-reindex.js';
import { defineJob } from './job-definition.js';

const Payload = z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

export const maintainDatabaseJob = defineJob<z.infer<typeof Payload>>({
  kind: 'db.maintain',
  payload: Payload,
  maxAttempts: 3,
  idFor: (p) => `db.maintain:${p.day}`,
  async handle(ctx) {
    const weekAgo = new Date(ctx.now().getTime() - 7 * 24 * 3600 * 1000);
    await deleteFinishedJobsBefore(ctx.database.db, weekAgo, [searchReindexKind]);
    if (ctx.database.engine === 'pglite') await ctx.database.db.execute(sql`VACUUM ANALYZE`);
  },
});
