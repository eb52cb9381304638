/**
 * Department tasks (S0 step 2 and 4): the owner asks a department to investigate or act,
 * and stays the customer's one point of contact. This module decides who may ask, who
 * may complete or cancel a task, and what a valid request is; commands load the facts and
 * call it. Change a rule here and in department-task.test.ts.
 */
import type { FieldProblem } from '../errors.js';
import type { Department, Role } from '../vocabulary.js';

export const taskStatuses = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export interface DepartmentTask {
  id: string;
  complaintId: string;
  department: Department;
  handlerId: string;
  request: string;
  dueAt: Date;
  status: TaskStatus;
  outcome: string | null;
  createdById: string;
  createdAt: Date;
  completedAt: Date | null;
}

/** Who is acting: enough to decide their rights on a complaint and its tasks. */
export interface TaskActor {
  id: string;
  role: Role;
}

/** Supervisors and admins stand in for any owner (they take over severe cases). */
const standsInForOwner: readonly Role[] = ['admin', 'supervisor'];

/**
 * The owner of the complaint, or a supervisor or admin, acts for it: records the
 * verified facts, asks departments, cancels their tasks.
 */
export function actsForOwner(actor: TaskActor, ownerId: string | null): boolean {
  return (ownerId !== null && actor.id === ownerId) || standsInForOwner.includes(actor.role);
}

/** The task's handler reports the outcome; so may whoever acts for the complaint's owner. */
export function mayCompleteTask(actor: TaskActor, task: { handlerId: string }, ownerId: string | null) {
  return actor.id === task.handlerId || actsForOwner(actor, ownerId);
}

/** Handlers see only the tasks given to them; everyone else on the staff sees all. */
export function seesOnlyOwnTasks(role: Role): boolean {
  return role === 'handler';
}

/** Problems with a new task's due date: it must lie ahead. */
export function taskRequestProblems(input: { dueAt: Date }, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.dueAt.getTime() <= now.getTime()) {
    problems.push({ path: 'dueAt', message: 'must be in the future' });
  }
  return problems;
}
