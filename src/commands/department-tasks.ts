/**
 * Department tasks (S0 step 2 and 4): the owner asks a department to investigate or act,
 * the handler reports the outcome, the owner stays the customer's one point of contact.
 * Each step is recorded in the complaint's history and tells the person who acts next:
 * the handler when a task is given or cancelled, the owner when it is done.
 */
import type { Actor } from '../domain/complaint/complaint.js';
import {
  actsForOwner,
  mayCompleteTask,
  taskRequestProblems,
  type DepartmentTask,
} from '../domain/complaint/department-task.js';
import { DomainError } from '../domain/errors.js';
import type { Department } from '../domain/vocabulary.js';
import { closeTask, findTask, insertTask, lockTask } from '../store/department-task-repository.js';
import { appendHistory } from '../store/history-repository.js';
import { newId } from '../store/ids.js';
import { notify } from '../store/notification-repository.js';
import { findUserById } from '../store/user-repository.js';
import { lockExistingComplaint, requireOpen } from './complaint-guards.js';
import type { CommandContext } from './context.js';

type UserActor = Extract<Actor, { type: 'user' }>;

const taskNotFound = () => new DomainError('task.not_found', 'No task with this id.');

export async function assignTask(
  ctx: CommandContext,
  complaintId: string,
  input: { department: Department; handlerId: string; request: string; dueAt: Date },
  actor: UserActor,
): Promise<DepartmentTask> {
  const now = ctx.now();
  const problems = taskRequestProblems(input, now);
  return ctx.database.db.transaction(async (tx) => {
    const complaint = await lockExistingComplaint(tx, complaintId);
    if (!actsForOwner(actor, complaint.ownerId)) {
      throw new DomainError(
        'auth.forbidden',
        complaint.ownerId
          ? 'Only the owner of this complaint, a supervisor or an admin asks departments for help.'
          : 'This complaint has no owner yet: triage it (and own it) before asking a department.',
      );
    }
    requireOpen(complaint, 'takes no new department task');
    const handler = await findUserById(tx, input.handlerId);
    if (!handler?.active) problems.push({ path: 'handlerId', message: 'No active user with this id.' });
    if (problems.length) throw new DomainError('input.invalid', 'The task is not valid.', problems);
    const task = await insertTask(tx, {
      id: newId(now.getTime()),
      complaintId,
      department: input.department,
      handlerId: input.handlerId,
      request: input.request.trim(),
      dueAt: input.dueAt,
      status: 'open',
      outcome: null,
      createdById: actor.id,
      createdAt: now,
      completedAt: null,
    });
    await appendHistory(
      tx,
      complaintId,
      actor,
      'task.assigned',
      {
        taskId: task.id,
        department: task.department,
        handlerId: task.handlerId,
        request: task.request,
        dueAt: task.dueAt.toISOString(),
      },
      now,
    );
    if (task.handlerId !== actor.id) {
      await notify(tx, [
        {
          id: `task.assigned:${task.id}`,
          userId: task.handlerId,
          kind: 'task.assigned',
          complaintId,
          payload: {
            taskId: task.id,
            department: task.department,
            trackingNumber: complaint.trackingNumber,
            dueAt: task.dueAt.toISOString(),
            by: actor.name,
          },
          createdAt: now,
        },
      ]);
    }
    return task;
  });
}

export async function completeTask(
  ctx: CommandContext,
  taskId: string,
  input: { outcome: string },
  actor: UserActor,
): Promise<DepartmentTask> {
  return closeOne(ctx, taskId, actor, 'done', input.outcome.trim());
}

export async function cancelTask(
  ctx: CommandContext,
  taskId: string,
  input: { reason: string },
  actor: UserActor,
): Promise<DepartmentTask> {
  return closeOne(ctx, taskId, actor, 'cancelled', input.reason.trim());
}

async function closeOne(
  ctx: CommandContext,
  taskId: string,
  actor: UserActor,
  status: 'done' | 'cancelled',
  text: string,
): Promise<DepartmentTask> {
  return ctx.database.db.transaction(async (tx) => {
    // The complaint first, then the task: the same lock order as assignTask.
    const found = await findTask(tx, taskId);
    if (!found) throw taskNotFound();
    const complaint = await lockExistingComplaint(tx, found.complaintId);
    const task = (await lockTask(tx, taskId))!; // tasks are never deleted
    const allowed =
      status === 'done'
        ? mayCompleteTask(actor, task, complaint.ownerId)
        : actsForOwner(actor, complaint.ownerId);
    if (!allowed) {
      throw new DomainError(
        'auth.forbidden',
        status === 'done'
          ? 'Only the task’s handler or the complaint’s owner (or a supervisor or admin) completes it.'
          : 'Only the complaint’s owner, a supervisor or an admin cancels a task.',
      );
    }
    if (task.status !== 'open') {
      if (task.status === status && task.outcome === text) return task; // the same request again
      throw new DomainError('task.not_open', `This task is already ${task.status}.`);
    }
    const now = ctx.now();
    const closed = (await closeTask(tx, taskId, { status, outcome: text, at: now }))!;
    await appendHistory(
      tx,
      complaint.id,
      actor,
      status === 'done' ? 'task.completed' : 'task.cancelled',
      {
        taskId,
        department: task.department,
        [status === 'done' ? 'outcome' : 'reason']: text,
      },
      now,
    );
    // The owner hears of the outcome (they tell the customer); the handler of a cancellation.
    const told = status === 'done' ? (complaint.ownerId ?? task.createdById) : task.handlerId;
    if (told !== actor.id) {
      await notify(tx, [
        {
          id: `task.${status === 'done' ? 'completed' : 'cancelled'}:${taskId}`,
          userId: told,
          kind: status === 'done' ? 'task.completed' : 'task.cancelled',
          complaintId: complaint.id,
          payload: {
            taskId,
            department: task.department,
            trackingNumber: complaint.trackingNumber,
            by: actor.name,
          },
          createdAt: now,
        },
      ]);
    }
    return closed;
  });
}
