/**
 * Remedies above their author's authority (seed 000 rule 4): the approvers whose limit
 * covers one are told it waits for them; one of them approves it or rejects it with a
 * reason; the proposer (and the owner) are told the decision.
 */
import type { Actor, Complaint } from '../domain/complaint/complaint.js';
import { DomainError } from '../domain/errors.js';
import { approverRoles, limitOf, mayDecide } from '../domain/policy/remedy-approval.js';
import type { Role } from '../domain/vocabulary.js';
import type { Executor } from '../store/database.js';
import { appendHistory } from '../store/history-repository.js';
import { activeUserIdsWithRoles, notify } from '../store/notification-repository.js';
import { decideRemedy, loadAuthorityLimits, lockRemedy, type Remedy } from '../store/remedy-repository.js';
import { lockExistingComplaint, requireOpen } from './complaint-guards.js';
import type { CommandContext } from './context.js';

/** Tells every active approver whose limit covers the remedy that it waits for them. */
export async function notifyApprovers(
  tx: Executor,
  remedy: Remedy,
  complaint: Pick<Complaint, 'id' | 'trackingNumber'>,
  limits: ReadonlyMap<Role, number | null>,
  proposedBy: string,
): Promise<void> {
  const approvers = await activeUserIdsWithRoles(tx, approverRoles(remedy.amount, limits));
  await notify(
    tx,
    approvers
      .filter((userId) => userId !== remedy.proposedById)
      .map((userId) => ({
        id: `remedy.approval_requested:${remedy.id}:${userId}`,
        userId,
        kind: 'remedy.approval_requested',
        complaintId: complaint.id,
        payload: {
          remedyId: remedy.id,
          kind: remedy.kind,
          amount: remedy.amount,
          currency: remedy.currency,
          trackingNumber: complaint.trackingNumber,
          by: proposedBy,
        },
        createdAt: remedy.createdAt,
      })),
  );
}

/** Tells the proposer, and the owner when that is someone else, what became of a remedy. */
export async function notifyDecision(
  tx: Executor,
  remedy: Remedy,
  complaint: Pick<Complaint, 'id' | 'trackingNumber' | 'ownerId'>,
  actor: Extract<Actor, { type: 'user' }>,
  at: Date,
): Promise<void> {
  const kind = remedy.status === 'approved' ? 'remedy.approved' : 'remedy.rejected';
  const people = new Set([remedy.proposedById, complaint.ownerId].filter((id): id is string => id !== null));
  people.delete(actor.id);
  await notify(
    tx,
    [...people].map((userId) => ({
      id: `${kind}:${remedy.id}:${userId}`,
      userId,
      kind,
      complaintId: complaint.id,
      payload: {
        remedyId: remedy.id,
        kind: remedy.kind,
        amount: remedy.amount,
        currency: remedy.currency,
        trackingNumber: complaint.trackingNumber,
        by: actor.name,
        ...(remedy.decisionReason ? { reason: remedy.decisionReason } : {}),
      },
      createdAt: at,
    })),
  );
}

/** Rejects a remedy waiting for approval; only someone who could have approved it may. */
export async function rejectRemedy(
  ctx: CommandContext,
  remedyId: string,
  input: { reason: string },
  actor: Extract<Actor, { type: 'user' }>,
): Promise<Remedy> {
  const reason = input.reason.trim();
  return ctx.database.db.transaction(async (tx) => {
    const found = await lockRemedy(tx, remedyId);
    if (!found) throw new DomainError('remedy.not_found', 'No remedy with this id.');
    const limits = await loadAuthorityLimits(tx);
    if (!mayDecide(actor.role, found.amount, limits)) {
      throw new DomainError(
        'remedy.beyond_authority',
        `Deciding on ${found.amount ?? 0} ${found.currency} is beyond your authority (${limitOf(limits, actor.role) ?? 'unlimited'} ${found.currency}).`,
      );
    }
    if (found.status !== 'pending_approval') {
      if (found.status === 'rejected' && found.decisionReason === reason) return found; // the same request again
      throw new DomainError('remedy.already_decided', `This remedy was already ${found.status}.`);
    }
    const complaint = await lockExistingComplaint(tx, found.complaintId);
    requireOpen(complaint, 'takes no more decisions on remedies');
    const now = ctx.now();
    const rejected = await decideRemedy(tx, remedyId, {
      status: 'rejected',
      decidedById: actor.id,
      decidedAt: now,
      decisionReason: reason,
    });
    await appendHistory(
      tx,
      complaint.id,
      actor,
      'remedy.rejected',
      {
        remedyId,
        kind: found.kind,
        amount: found.amount,
        currency: found.currency,
        status: 'rejected',
        reason,
      },
      now,
    );
    await notifyDecision(tx, rejected, complaint, actor, now);
    return rejected;
  });
}
