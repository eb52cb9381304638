/**
 * Corrective and preventive actions (seed 000 step 6, PRODUCT.md R9): added in a
 * post-mortem with an owner and a due date, who is told; completed by their owner with a
 * note on what was done, or cancelled with a reason. Each step is in the complaint's history.
 */
import type { Actor } from '../domain/complaint/complaint.js';
import { DomainError } from '../domain/errors.js';
import {
  canCancelAction,
  canCompleteAction,
  type ActionKind,
  type CorrectiveAction,
} from '../domain/learning/post-mortem.js';
import { closeAction, insertAction, lockAction } from '../store/corrective-action-repository.js';
import { appendHistory } from '../store/history-repository.js';
import { newId } from '../store/ids.js';
import { notify } from '../store/notification-repository.js';
import { findUserById } from '../store/user-repository.js';
import type { CommandContext } from './context.js';
import { lockComplaintForLearning } from './post-mortem.js';

type UserActor = Extract<Actor, { type: 'user' }>;

export interface NewActionInput {
  kind: ActionKind;
  description: string;
  ownerId: string;
  dueAt: Date;
}

export async function addCorrectiveAction(
  ctx: CommandContext,
  complaintId: string,
  input: NewActionInput,
  actor: UserActor,
): Promise<CorrectiveAction> {
  return ctx.database.db.transaction(async (tx) => {
    const complaint = await lockComplaintForLearning(tx, complaintId, actor);
    const now = ctx.now();
    const problems = [];
    const owner = await findUserById(tx, input.ownerId);
    if (!owner?.active) problems.push({ path: 'ownerId', message: 'No active user with this id.' });
    if (input.dueAt.getTime() <= now.getTime()) {
      problems.push({ path: 'dueAt', message: 'must be in the future' });
    }
    if (problems.length) throw new DomainError('input.invalid', 'The action cannot be added.', problems);
    const action = await insertAction(tx, {
      id: newId(now.getTime()),
      complaintId,
      kind: input.kind,
      description: input.description.trim(),
      ownerId: input.ownerId,
      dueAt: input.dueAt,
      status: 'open',
      doneAt: null,
      doneNote: null,
      createdById: actor.id,
      createdAt: now,
      overdueNotifiedAt: null,
    });
    await appendHistory(
      tx,
      complaintId,
      actor,
      'action.added',
      {
        actionId: action.id,
        kind: action.kind,
        description: action.description,
        ownerId: action.ownerId,
        dueAt: action.dueAt.toISOString(),
      },
      now,
    );
    if (action.ownerId !== actor.id) {
      await notify(tx, [
        {
          id: `action.assigned:${action.id}:${action.ownerId}`,
          userId: action.ownerId,
          kind: 'action.assigned',
          complaintId,
          payload: {
            actionId: action.id,
            kind: action.kind,
            description: action.description,
            dueAt: action.dueAt.toISOString(),
            trackingNumber: complaint.trackingNumber,
            subject: complaint.subject,
            assignedBy: actor.name,
          },
          createdAt: now,
        },
      ]);
    }
    return action;
  });
}

async function closeCorrectiveAction(
  ctx: CommandContext,
  actionId: string,
  how: { status: 'done' | 'cancelled'; text: string },
  actor: UserActor,
): Promise<CorrectiveAction> {
  return ctx.database.db.transaction(async (tx) => {
    const action = await lockAction(tx, actionId);
    if (!action) {
      throw new DomainError('action.not_found', 'No corrective or preventive action with this id.');
    }
    const allowed = how.status === 'done' ? canCompleteAction(actor, action) : canCancelAction(actor, action);
    if (!allowed) {
      throw new DomainError(
        'auth.forbidden',
        how.status === 'done'
          ? 'Only the action’s owner, a quality manager or an admin marks it done.'
          : 'Only whoever set the action, a quality manager or an admin cancels it.',
      );
    }
    if (action.status !== 'open') {
      throw new DomainError('action.not_open', `This action is already ${action.status}.`);
    }
    const now = ctx.now();
    const closed = await closeAction(tx, actionId, {
      status: how.status,
      doneAt: now,
      doneNote: how.text.trim(),
    });
    await appendHistory(
      tx,
      action.complaintId,
      actor,
      how.status === 'done' ? 'action.completed' : 'action.cancelled',
      {
        actionId,
        status: ['open', how.status],
        [how.status === 'done' ? 'note' : 'reason']: how.text.trim(),
        overdue: action.dueAt.getTime() < now.getTime(),
      },
      now,
    );
    return closed;
  });
}

export const completeCorrectiveAction = (
  ctx: CommandContext,
  actionId: string,
  input: { note: string },
  actor: UserActor,
) => closeCorrectiveAction(ctx, actionId, { status: 'done', text: input.note }, actor);

export const cancelCorrectiveAction = (
  ctx: CommandContext,
  actionId: string,
  input: { reason: string },
  actor: UserActor,
) => closeCorrectiveAction(ctx, actionId, { status: 'cancelled', text: input.reason }, actor);
