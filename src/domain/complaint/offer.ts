/**
 * Step 3, the customer's answer to the offer (PRODUCT.md R4, R5): which remedies are
 * waiting for the customer's answer, and what an answer does.
 *
 * The offer is the approved remedies the customer has not answered, while the complaint
 * is at `remedy_proposed` or `in_progress`; remedies proposed before the complaint's last
 * resolution were carried out and are no longer open to an answer after a reopen.
 * Remedies waiting for approval are not offered
 * yet (nobody promises beyond their authority). A rejection sends the complaint back to
 * `investigating`: the owner looks again and proposes something else. Change the rules
 * here and in offer.test.ts.
 */
import { DomainError } from '../errors.js';
import type { ComplaintStatus } from './lifecycle.js';

export const offerDecisions = ['accept', 'reject'] as const;
export type OfferDecision = (typeof offerDecisions)[number];

export interface OfferedRemedy {
  id: string;
  status: 'approved' | 'pending_approval' | 'rejected';
  customerResponse: 'accepted' | 'rejected' | null;
  createdAt: Date;
}

/** Statuses in which an offer can wait for the customer's answer. */
const offerStatuses: readonly ComplaintStatus[] = ['remedy_proposed', 'in_progress'];

/** The customer sees approved remedies only: nothing still waiting for approval. */
export const isShownToCustomer = (remedy: Pick<OfferedRemedy, 'status'>): boolean =>
  remedy.status === 'approved';

/**
 * The remedies waiting for the customer's answer: none outside remedy_proposed and
 * in_progress, none proposed before `lastResolvedAt` (the complaint's latest resolution).
 */
export function remediesAwaitingAnswer<R extends OfferedRemedy>(
  status: ComplaintStatus,
  remedies: readonly R[],
  lastResolvedAt: Date | null,
): R[] {
  if (!offerStatuses.includes(status)) return [];
  return remedies.filter(
    (r) =>
      isShownToCustomer(r) &&
      r.customerResponse === null &&
      (lastResolvedAt === null || r.createdAt.getTime() > lastResolvedAt.getTime()),
  );
}

export interface OfferAnswerPlan {
  remedyIds: string[];
  response: 'accepted' | 'rejected';
  /** A rejection sends the complaint back to the owner's investigation. */
  sendsBackTo: ComplaintStatus | null;
}

/** Decides an answer; throws `offer.not_open` when no offer is waiting for one. */
export function planOfferAnswer(
  facts: { status: ComplaintStatus; remedies: readonly OfferedRemedy[]; lastResolvedAt: Date | null },
  decision: OfferDecision,
): OfferAnswerPlan {
  const awaiting = remediesAwaitingAnswer(facts.status, facts.remedies, facts.lastResolvedAt);
  if (awaiting.length === 0) {
    throw new DomainError('offer.not_open', 'There is no offer waiting for your answer.');
  }
  return {
    remedyIds: awaiting.map((r) => r.id),
    response: decision === 'accept' ? 'accepted' : 'rejected',
    sendsBackTo: decision === 'reject' ? 'investigating' : null,
  };
}
