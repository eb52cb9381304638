/**
 * Overdue work after its due time: corrective and preventive actions and department tasks
 * that are open, past due and not yet reported. Each claim reads one partial index
 * (corrective_actions_due_idx, department_tasks_due_idx) and marks the rows it returns in
 * the same statement: SKIP LOCKED keeps two sweeps off each other's rows, and the repeated
 * condition in the UPDATE means a row already marked is never returned again.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';

export type OverdueSource = 'corrective_action' | 'department_task';

export interface OverdueItem {
  source: OverdueSource;
  id: string;
  complaintId: string;
  /** Who was to do it: the action's owner, the task's handler. */
  assigneeId: string;
  dueAt: Date;
}

/** Claims up to `limit` overdue rows of one kind, marking them reported at `now`. */
export async function claimOverdue(
  tx: Executor,
  source: OverdueSource,
  now: Date,
  limit: number,
): Promise<OverdueItem[]> {
  const rows =
    source === 'corrective_action'
      ? await queryRows<{ id: string; complaint_id: string; assignee_id: string; due_at: Date | string }>(
          tx,
          sql`UPDATE corrective_actions SET overdue_notified_at = ${now}
              WHERE id IN (SELECT id FROM corrective_actions
                           WHERE status = 'open' AND overdue_notified_at IS NULL AND due_at < ${now}
                           ORDER BY due_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
                AND status = 'open' AND overdue_notified_at IS NULL
              RETURNING id, complaint_id, owner_id AS assignee_id, due_at`,
        )
      : await queryRows<{ id: string; complaint_id: string; assignee_id: string; due_at: Date | string }>(
          tx,
          sql`UPDATE department_tasks SET overdue_notified_at = ${now}
              WHERE id IN (SELECT id FROM department_tasks
                           WHERE status = 'open' AND overdue_notified_at IS NULL AND due_at < ${now}
                           ORDER BY due_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
                AND status = 'open' AND overdue_notified_at IS NULL
              RETURNING id, complaint_id, handler_id AS assignee_id, due_at`,
        );
  return rows.map((r) => ({
    source,
    id: r.id,
    complaintId: r.complaint_id,
    assigneeId: r.assignee_id,
    dueAt: new Date(r.due_at),
  }));
}
