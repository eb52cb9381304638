/**
 * Proposes a remedy on a complaint. Within the author's authority it is approved at
 * once; above it, it waits for approval by someone whose limit covers it (S0 rule 4).
 */
import type { Actor } from '../domain/complaint/complaint.js';
import { DomainError } from '../domain/errors.js';
import { isWithinAuthority, remedyProblems } from '../domain/policy/authority.js';
import { approvalAnswerDueAt } from '../domain/policy/remedy-approval.js';
import type { RemedyKind } from '../domain/vocabulary.js';
import { lockExistingComplaint, requireOpen } from './complaint-guards.js';
import { appendHistory } from '../store/history-repository.js';
import { newId } from '../store/ids.js';
import {
  decideRemedy,
  insertRemedy,
  loadAuthorityLimits,
  lockRemedy,
  type Remedy,
} from '../store/remedy-repository.js';
import type { CommandContext } from './context.js';
import { notifyApprovers, notifyDecision } from './decide-remedy.js';

export const defaultCurrency = 'CNY';

export async function proposeRemedy(
  ctx: CommandContext,
  complaintId: string,
  input: {
    kind: RemedyKind;
    amount?: number | undefined;
    currency?: string | undefined;
    description: string;
  },
  actor: Extract<Actor, { type: 'user' }>,
): Promise<Remedy> {
  const amount = input.amount ?? null;
  const problems = remedyProblems({ kind: input.kind, amount, description: input.description });
  if (problems.length) throw new DomainError('remedy.not_concrete', 'A remedy must be concrete.', problems);
  return ctx.database.db.transaction(async (tx) => {
    const complaint = await lockExistingComplaint(tx, complaintId);
    requireOpen(complaint, 'takes no new remedy');
    const limits = await loadAuthorityLimits(tx);
    const limit = limits.has(actor.role) ? (limits.get(actor.role) ?? null) : 0;
    const now = ctx.now();
    const remedy = await insertRemedy(tx, {
      id: newId(now.getTime()),
      complaintId,
      kind: input.kind,
      amount,
      currency: input.currency ?? defaultCurrency,
      description: input.description.trim(),
      status: isWithinAuthority(amount, limit) ? 'approved' : 'pending_approval',
      proposedById: actor.id,
      decidedById: null,
      decidedAt: null,
      createdAt: now,
    });
    await appendHistory(
      tx,
      complaintId,
      actor,
      'remedy.proposed',
      {
        remedyId: remedy.id,
        kind: remedy.kind,
        amount: remedy.amount,
        currency: remedy.currency,
        status: remedy.status,
        // What the customer's timeline promises: an answer by then, nothing beyond authority.
        ...(remedy.status === 'pending_approval'
          ? { answerBy: approvalAnswerDueAt(now, complaint.resolutionDueAt).toISOString() }
          : {}),
      },
      now,
    );
    if (remedy.status === 'pending_approval') {
      await notifyApprovers(tx, remedy, complaint, limits, actor.name);
    }
    return remedy;
  });
}

export async function approveRemedy(
  ctx: CommandContext,
  remedyId: string,
  actor: Extract<Actor, { type: 'user' }>,
): Promise<Remedy> {
  return ctx.database.db.transaction(async (tx) => {
    const remedy = await lockRemedy(tx, remedyId);
    if (!remedy) throw new DomainError('remedy.not_found', 'No remedy with this id.');
    if (remedy.status !== 'pending_approval') {
      if (remedy.status === 'approved') return remedy;
      throw new DomainError('remedy.already_decided', `This remedy was already ${remedy.status}.`);
    }
    const complaint = await lockExistingComplaint(tx, remedy.complaintId);
    requireOpen(complaint, 'takes no more approvals');
    const limits = await loadAuthorityLimits(tx);
    const limit = limits.has(actor.role) ? (limits.get(actor.role) ?? null) : 0;
    if (!isWithinAuthority(remedy.amount, limit)) {
      throw new DomainError(
        'remedy.beyond_authority',
        `Approving ${remedy.amount} ${remedy.currency} is beyond your authority (${limit} ${remedy.currency}).`,
      );
    }
    const now = ctx.now();
    const decided = await decideRemedy(tx, remedyId, {
      status: 'approved',
      decidedById: actor.id,
      decidedAt: now,
    });
    await appendHistory(
      tx,
      remedy.complaintId,
      actor,
      'remedy.approved',
      { remedyId, amount: remedy.amount },
      now,
    );
    await notifyDecision(tx, decided, complaint, actor, now);
    return decided;
  });
}
