/**
 * Department tasks in the database: one row per request an owner made of a department.
 * Lists are bounded and keyset-paginated on (due_at, id), the handler's index order.
 */
import { and, asc, eq, gt, inArray, or, type SQL } from 'drizzle-orm';
import type { DepartmentTask, TaskStatus } from '../domain/complaint/department-task.js';
import type { Department } from '../domain/vocabulary.js';
import type { Executor } from './database.js';
import { departmentTasks, users } from './schema.js';

type Row = typeof departmentTasks.$inferSelect;

const toTask = (r: Row): DepartmentTask => ({
  id: r.id,
  complaintId: r.complaintId,
  department: r.department as Department, // the column only holds department keys
  handlerId: r.handlerId,
  request: r.request,
  dueAt: r.dueAt,
  status: r.status as TaskStatus,
  outcome: r.outcome,
  createdById: r.createdById,
  createdAt: r.createdAt,
  completedAt: r.completedAt,
});

export async function insertTask(db: Executor, task: DepartmentTask): Promise<DepartmentTask> {
  const [row] = await db.insert(departmentTasks).values(task).returning();
  return toTask(row!);
}

export async function findTask(db: Executor, id: string): Promise<DepartmentTask | null> {
  const [row] = await db.select().from(departmentTasks).where(eq(departmentTasks.id, id));
  return row ? toTask(row) : null;
}

export async function lockTask(db: Executor, id: string): Promise<DepartmentTask | null> {
  const [row] = await db.select().from(departmentTasks).where(eq(departmentTasks.id, id)).for('update');
  return row ? toTask(row) : null;
}

/** Closes an open task as done or cancelled; null when it was no longer open. */
export async function closeTask(
  db: Executor,
  id: string,
  close: { status: Exclude<TaskStatus, 'open'>; outcome: string; at: Date },
): Promise<DepartmentTask | null> {
  const [row] = await db
    .update(departmentTasks)
    .set({ status: close.status, outcome: close.outcome, completedAt: close.at })
    .where(and(eq(departmentTasks.id, id), eq(departmentTasks.status, 'open')))
    .returning();
  return row ? toTask(row) : null;
}

/** A complaint's tasks in the order they were asked (a complaint has a handful). */
export async function listComplaintTasks(
  db: Executor,
  complaintId: string,
  handlerId?: string,
): Promise<DepartmentTask[]> {
  const rows = await db
    .select()
    .from(departmentTasks)
    .where(
      handlerId === undefined
        ? eq(departmentTasks.complaintId, complaintId)
        : and(eq(departmentTasks.complaintId, complaintId), eq(departmentTasks.handlerId, handlerId)),
    )
    .orderBy(asc(departmentTasks.createdAt), asc(departmentTasks.id))
    .limit(500);
  return rows.map(toTask);
}

export interface TaskFilter {
  handlerId?: string | undefined;
  status?: TaskStatus[] | undefined;
  complaintId?: string | undefined;
}

/** Tasks by due date (soonest first), `limit` at a time after the cursor's position. */
export async function listTasks(
  db: Executor,
  filter: TaskFilter,
  page: { limit: number; after?: { dueAt: Date; id: string } | undefined },
): Promise<{ items: DepartmentTask[]; next: { dueAt: Date; id: string } | null }> {
  const conditions: SQL[] = [];
  if (filter.handlerId) conditions.push(eq(departmentTasks.handlerId, filter.handlerId));
  if (filter.status?.length) conditions.push(inArray(departmentTasks.status, filter.status));
  if (filter.complaintId) conditions.push(eq(departmentTasks.complaintId, filter.complaintId));
  if (page.after) {
    conditions.push(
      or(
        gt(departmentTasks.dueAt, page.after.dueAt),
        and(eq(departmentTasks.dueAt, page.after.dueAt), gt(departmentTasks.id, page.after.id)),
      )!,
    );
  }
  const rows = await db
    .select()
    .from(departmentTasks)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(departmentTasks.dueAt), asc(departmentTasks.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit).map(toTask);
  const last = items.at(-1);
  return { items, next: rows.length > page.limit && last ? { dueAt: last.dueAt, id: last.id } : null };
}

/** Names of the handlers and owners a page of tasks mentions, by user id. */
export async function userNamesOf(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}
