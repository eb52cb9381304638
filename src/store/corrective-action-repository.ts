/**
 * Corrective and preventive actions in the database: added in a post-mortem, tracked to
 * done (or cancelled), listed for the quality manager by due date.
 */
import { and, asc, desc, eq, gt, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { ActionKind, ActionStatus, CorrectiveAction } from '../domain/learning/post-mortem.js';
import type { Executor } from './database.js';
import { complaints, correctiveActions } from './schema.js';

type Row = typeof correctiveActions.$inferSelect;

const toAction = (r: Row): CorrectiveAction => ({
  id: r.id,
  complaintId: r.complaintId,
  kind: r.kind as ActionKind, // the column only holds action kinds
  description: r.description,
  ownerId: r.ownerId,
  dueAt: r.dueAt,
  status: r.status as ActionStatus, // the column only holds action statuses
  doneAt: r.doneAt,
  doneNote: r.doneNote,
  createdById: r.createdById,
  createdAt: r.createdAt,
  overdueNotifiedAt: r.overdueNotifiedAt,
});

export async function insertAction(db: Executor, action: CorrectiveAction): Promise<CorrectiveAction> {
  const [row] = await db.insert(correctiveActions).values(action).returning();
  return toAction(row!);
}

export async function listActionsOfComplaint(db: Executor, complaintId: string): Promise<CorrectiveAction[]> {
  const rows = await db
    .select()
    .from(correctiveActions)
    .where(eq(correctiveActions.complaintId, complaintId))
    .orderBy(asc(correctiveActions.createdAt), asc(correctiveActions.id));
  return rows.map(toAction);
}

/** Actions that count for a post-mortem: open or done, not cancelled. */
export async function countLiveActions(db: Executor, complaintId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(correctiveActions)
    .where(and(eq(correctiveActions.complaintId, complaintId), ne(correctiveActions.status, 'cancelled')));
  return Number(row?.n ?? 0);
}

export async function lockAction(tx: Executor, id: string): Promise<CorrectiveAction | null> {
  const [row] = await tx
    .select()
    .from(correctiveActions)
    .where(eq(correctiveActions.id, id))
    .for('update')
    .limit(1);
  return row ? toAction(row) : null;
}

export async function closeAction(
  tx: Executor,
  id: string,
  change: { status: 'done' | 'cancelled'; doneAt: Date; doneNote: string },
): Promise<CorrectiveAction> {
  const [row] = await tx
    .update(correctiveActions)
    .set(change)
    .where(eq(correctiveActions.id, id))
    .returning();
  return toAction(row!);
}

export type ActionView = 'open' | 'overdue' | 'done' | 'cancelled';

export interface ActionPosition {
  at: Date;
  id: string;
}

export interface ActionWithComplaint extends CorrectiveAction {
  complaint: { trackingNumber: string; subject: string };
}

/**
 * The tracking list: open and overdue actions by due date (soonest first), done and
 * cancelled ones by when they closed (latest first), keyset-paginated.
 */
export async function listActions(
  db: Executor,
  filter: { view: ActionView; ownerId?: string | undefined; now: Date },
  page: { limit: number; after?: ActionPosition | undefined },
): Promise<{ items: ActionWithComplaint[]; next: ActionPosition | null }> {
  const t = correctiveActions;
  const where: SQL[] = [];
  const byDue = filter.view === 'open' || filter.view === 'overdue';
  where.push(eq(t.status, byDue ? 'open' : filter.view));
  if (filter.view === 'overdue') where.push(lt(t.dueAt, filter.now));
  if (filter.ownerId) where.push(eq(t.ownerId, filter.ownerId));
  const key = byDue ? t.dueAt : t.doneAt;
  if (page.after) {
    const { at, id } = page.after;
    where.push(
      byDue
        ? or(gt(t.dueAt, at), and(eq(t.dueAt, at), gt(t.id, id)))!
        : or(lt(t.doneAt, at), and(eq(t.doneAt, at), lt(t.id, id)))!,
    );
  }
  const rows = await db
    .select({ action: t, trackingNumber: complaints.trackingNumber, subject: complaints.subject })
    .from(t)
    .innerJoin(complaints, eq(complaints.id, t.complaintId))
    .where(and(...where))
    .orderBy(...(byDue ? [asc(key), asc(t.id)] : [desc(key), desc(t.id)]))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit).map((r) => ({
    ...toAction(r.action),
    complaint: { trackingNumber: r.trackingNumber, subject: r.subject },
  }));
  const last = items.at(-1);
  const lastAt = last ? (byDue ? last.dueAt : last.doneAt) : null;
  return { items, next: rows.length > page.limit && last && lastAt ? { at: lastAt, id: last.id } : null };
}
