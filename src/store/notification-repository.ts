/**
 * Notifications to staff (breaches, warnings, escalations). Ids are deterministic per
 * event and person, so a job that runs twice tells nobody twice.
 */
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from './database.js';
import { notifications, users } from './schema.js';

export interface NewNotification {
  id: string;
  userId: string;
  kind: string;
  complaintId: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
}

export async function notify(db: Executor, list: NewNotification[]): Promise<void> {
  if (list.length === 0) return;
  await db.insert(notifications).values(list).onConflictDoNothing();
}

export async function listNotifications(db: Executor, userId: string, limit: number) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

/** How many of the user's notifications are unread (bounded: a badge shows 99+). */
export async function countUnread(db: Executor, userId: string, cap = 100): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(
    db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
      .limit(cap)
      .as('unread'),
  );
  return Number(row?.count ?? 0);
}

/** Marks every unread notification of the user read. */
export async function markAllNotificationsRead(db: Executor, userId: string, now: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

export async function markNotificationsRead(
  db: Executor,
  userId: string,
  ids: string[],
  now: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(eq(notifications.userId, userId), inArray(notifications.id, ids), isNull(notifications.readAt)),
    );
}

/** Active users with these roles: who an escalation goes to. */
export async function activeUserIdsWithRoles(db: Executor, roles: string[]): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.role, roles), eq(users.active, true)));
  return rows.map((r) => r.id);
}
