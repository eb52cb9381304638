/**
 * Post-mortems in the database: one per complaint, written and completed after resolution.
 */
import { eq, sql } from 'drizzle-orm';
import type { CustomerAnswer, PostMortem } from '../domain/learning/post-mortem.js';
import type { RootCause } from '../domain/vocabulary.js';
import { queryRows, type Executor } from './database.js';
import { postMortems } from './schema.js';

type Row = typeof postMortems.$inferSelect;

const toPostMortem = (r: Row): PostMortem => ({
  complaintId: r.complaintId,
  rootCause: r.rootCause as RootCause, // the column only holds root cause keys
  wentWell: r.wentWell,
  wentBadly: r.wentBadly,
  lessons: r.lessons,
  customerAnswer: (r.customerAnswer as CustomerAnswer | null) ?? null, // written only from CustomerAnswer
  authorId: r.authorId,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  completedAt: r.completedAt,
});

export async function findPostMortem(db: Executor, complaintId: string): Promise<PostMortem | null> {
  const [row] = await db.select().from(postMortems).where(eq(postMortems.complaintId, complaintId)).limit(1);
  return row ? toPostMortem(row) : null;
}

/** Writes the post-mortem whole (insert or replace); `createdAt` and the first author stay. */
export async function savePostMortemRow(db: Executor, pm: PostMortem): Promise<PostMortem> {
  const [row] = await db
    .insert(postMortems)
    .values(pm)
    .onConflictDoUpdate({
      target: postMortems.complaintId,
      set: {
        rootCause: pm.rootCause,
        wentWell: pm.wentWell,
        wentBadly: pm.wentBadly,
        lessons: pm.lessons,
        customerAnswer: pm.customerAnswer,
        updatedAt: pm.updatedAt,
        completedAt: pm.completedAt,
      },
    })
    .returning();
  return toPostMortem(row!);
}

/**
 * Whether the complaint was ever resolved: it is resolved or closed now, or its history
 * holds a step to `resolved` (a reopened complaint keeps its first resolution's lessons).
 */
export async function wasEverResolved(
  db: Executor,
  complaint: { id: string; status: string; resolvedAt: Date | null },
): Promise<boolean> {
  if (complaint.resolvedAt || complaint.status === 'resolved' || complaint.status === 'closed') return true;
  const rows = await queryRows<{ found: number }>(
    db,
    sql`SELECT 1 AS found FROM complaint_history
        WHERE complaint_id = ${complaint.id} AND action = 'complaint.status_changed'
          AND changes->'status'->>1 = 'resolved'
        LIMIT 1`,
  );
  return rows.length > 0;
}
