/**
 * Step 5, the follow-up (PRODUCT.md R5, R8): within 24 h of resolution someone calls or
 * writes to the customer and records how it went. Who may record it, when, and what an
 * unsatisfied customer sets off. Change the rules here and in follow-up.test.ts.
 */
import { can } from '../access/permissions.js';
import { DomainError } from '../errors.js';
import type { Role } from '../vocabulary.js';
import type { ComplaintStatus } from './lifecycle.js';

export const followUpOutcomes = ['satisfied', 'unsatisfied', 'unreachable'] as const;
export type FollowUpOutcome = (typeof followUpOutcomes)[number];

/** The complaint's owner, or a role that may record any follow-up (a supervisor, an admin). */
export function mayRecordFollowUp(actor: { id: string; role: Role }, ownerId: string | null): boolean {
  return can(actor.role, 'follow_up.record') || (ownerId !== null && actor.id === ownerId);
}

/** A follow-up is about a resolution: only a resolved or closed complaint has one. */
export function requireFollowUpOpen(status: ComplaintStatus): void {
  if (status !== 'resolved' && status !== 'closed') {
    throw new DomainError(
      'follow_up.not_open',
      `A follow-up is recorded after resolution; this complaint is ${status}.`,
    );
  }
}

/** An unsatisfied customer is escalated to the supervisors. */
export const escalatesFollowUp = (outcome: FollowUpOutcome): boolean => outcome === 'unsatisfied';
