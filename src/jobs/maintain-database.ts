/**
 * Daily database upkeep: PGlite has no autovacuum (STACK.md rule 3), so VACUUM ANALYZE
 * runs here; on both engines, finished jobs older than a week are removed.
 * Scheduled once per local day with a deterministic id, however many workers run.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { deleteFinishedJobsBefore } from '../store/job-repository.js';
import { defineJob } from './job-definition.js';

const Payload = z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

export const maintainDatabaseJob = defineJob<z.infer<typeof Payload>>({
  kind: 'db.maintain',
  payload: Payload,
  maxAttempts: 3,
  idFor: (p) => `db.maintain:${p.day}`,
  async handle(ctx) {
    const weekAgo = new Date(ctx.now().getTime() - 7 * 24 * 3600 * 1000);
    await deleteFinishedJobsBefore(ctx.database.db, weekAgo);
    if (ctx.database.engine === 'pglite') await ctx.database.db.execute(sql`VACUUM ANALYZE`);
  },
});
