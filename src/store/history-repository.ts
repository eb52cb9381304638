/**
 * The append-only complaint history. Rows are only ever inserted; a trigger in the
 * database refuses UPDATE, DELETE and TRUNCATE (migration append_only_history).
 */
import { asc, desc, eq, gt, and, sql } from 'drizzle-orm';
import type { Actor, HistoryEntry } from '../domain/complaint/complaint.js';
import type { Executor } from './database.js';
import { complaintHistory } from './schema.js';

export async function appendHistory(
  db: Executor,
  complaintId: string,
  actor: Actor,
  action: string,
  changes: Record<string, unknown>,
  at: Date,
): Promise<void> {
  await db.insert(complaintHistory).values({
    complaintId,
    at,
    actorType: actor.type,
    actorId: actor.type === 'user' ? actor.id : null,
    actorName: actor.name,
    action,
    changes,
  });
}

export async function listHistory(
  db: Executor,
  complaintId: string,
  page: { limit: number; afterId?: number | undefined },
): Promise<{ items: (HistoryEntry & { id: number })[]; nextId: number | null }> {
  const rows = await db
    .select()
    .from(complaintHistory)
    .where(
      page.afterId === undefined
        ? eq(complaintHistory.complaintId, complaintId)
        : and(eq(complaintHistory.complaintId, complaintId), gt(complaintHistory.id, page.afterId)),
    )
    .orderBy(asc(complaintHistory.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit).map((r) => ({
    id: r.id,
    at: r.at,
    actor: { type: r.actorType as Actor['type'], id: r.actorId, name: r.actorName },
    action: r.action,
    changes: r.changes as Record<string, unknown>,
  }));
  return { items, nextId: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null };
}

/** When the complaint was last resolved (its latest step to `resolved`), if ever. */
export async function latestResolutionAt(db: Executor, complaintId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: complaintHistory.at })
    .from(complaintHistory)
    .where(
      and(
        eq(complaintHistory.complaintId, complaintId),
        eq(complaintHistory.action, 'complaint.status_changed'),
        sql`${complaintHistory.changes}->'status'->>1 = 'resolved'`,
      ),
    )
    .orderBy(desc(complaintHistory.id))
    .limit(1);
  return row?.at ?? null;
}
