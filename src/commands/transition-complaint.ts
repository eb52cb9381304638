/**
 * Moves a complaint to its next step. The lifecycle decides; this command loads the
 * facts, saves the outcome and its history entry in one transaction.
 */
import type { Actor, Complaint } from '../domain/complaint/complaint.js';
import { planTransition, type ComplaintStatus } from '../domain/complaint/lifecycle.js';
import { DomainError } from '../domain/errors.js';
import type { Responsibility } from '../domain/vocabulary.js';
import { updateComplaint, type ComplaintChanges } from '../store/complaint-repository.js';
import { lockExistingComplaint } from './complaint-guards.js';
import { moveClocksForTransition } from './move-clocks.js';
import { appendHistory } from '../store/history-repository.js';
import type { Executor } from '../store/database.js';
import { listRemedies } from '../store/remedy-repository.js';
import { findUserById } from '../store/user-repository.js';
import type { CommandContext } from './context.js';

export interface TransitionInput {
  to: ComplaintStatus;
  reason?: string | undefined;
  ownerId?: string | undefined;
  responsibility?: Responsibility | undefined;
  resolution?: string | undefined;
}

export async function transitionComplaint(
  ctx: CommandContext,
  complaintId: string,
  input: TransitionInput,
  actor: Actor,
): Promise<Complaint> {
  return ctx.database.db.transaction(async (tx) =>
    applyTransition(ctx, tx, await lockExistingComplaint(tx, complaintId), input, actor),
  );
}

/**
 * The transition inside a transaction the caller holds, on a complaint it has locked: for
 * commands that move a complaint as part of something larger (a customer's survey or
 * answer to an offer), so the step, its clocks and its history commit with it.
 */
export async function applyTransition(
  ctx: CommandContext,
  tx: Executor,
  complaint: Complaint,
  input: TransitionInput,
  actor: Actor,
): Promise<Complaint> {
  const complaintId = complaint.id;
  if (input.ownerId && input.to !== 'triaged') {
    throw new DomainError('input.invalid', 'ownerId is set only when triaging.', [
      { path: 'ownerId', message: 'hand a complaint over with POST /api/v1/complaints/{id}/owner' },
    ]);
  }
  if (input.ownerId) {
    const owner = await findUserById(tx, input.ownerId);
    if (!owner?.active) {
      throw new DomainError('input.invalid', 'The owner must be an active user.', [
        { path: 'ownerId', message: 'No active user with this id.' },
      ]);
    }
  }
  const remedies = await listRemedies(tx, complaintId);
  const plan = planTransition({
    from: complaint.status,
    to: input.to,
    actorId: actor.type === 'user' ? actor.id : '',
    currentOwnerId: complaint.ownerId,
    requestedOwnerId: input.ownerId,
    responsibility: input.responsibility,
    currentResponsibility: complaint.responsibility,
    resolution: input.resolution,
    reason: input.reason,
    remedies,
  });
  const now = ctx.now();
  const changes: ComplaintChanges = { status: plan.to };
  const recorded: Record<string, unknown> = { status: [complaint.status, plan.to] };
  if (plan.ownerId !== complaint.ownerId) {
    changes.ownerId = plan.ownerId;
    recorded.ownerId = [complaint.ownerId, plan.ownerId];
  }
  if (plan.responsibility !== complaint.responsibility) {
    changes.responsibility = plan.responsibility;
    recorded.responsibility = [complaint.responsibility, plan.responsibility];
  }
  if (plan.resolution !== undefined) {
    changes.resolution = plan.resolution;
    recorded.resolution = [complaint.resolution, plan.resolution];
  }
  if (plan.setsResolvedAt) changes.resolvedAt = now;
  if (plan.clearsResolvedAt) changes.resolvedAt = null;
  if (plan.setsClosedAt) changes.closedAt = now;
  if (plan.isReopen) changes.closedAt = null;
  // Kept per complaint for reports (PRODUCT.md R8); the row is locked, so +1 is safe.
  if (plan.setsResolvedAt) changes.resolutionCount = complaint.resolutionCount + 1;
  if (plan.isReopen) changes.reopenCount = complaint.reopenCount + 1;
  if (input.reason?.trim()) recorded.reason = input.reason.trim();
  const updated = await updateComplaint(tx, complaintId, changes, now);
  const clocks = await moveClocksForTransition(tx, complaint, plan.to, plan.isReopen, ctx, now);
  if (Object.keys(clocks).length) recorded.clocks = clocks;
  await appendHistory(
    tx,
    complaintId,
    actor,
    plan.isReopen ? 'complaint.reopened' : 'complaint.status_changed',
    recorded,
    now,
  );
  return updated;
}
