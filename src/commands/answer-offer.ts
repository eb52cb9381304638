/**
 * The customer accepts or rejects the offer from the tracking page (PRODUCT.md R4, R5).
 * An acceptance is recorded and the owner told. A rejection is recorded with the
 * customer's reason, which also becomes an inbound message; the complaint goes back to
 * `investigating` (the same transition staff make) and the owner is told why. One
 * transaction.
 */
import type { Complaint } from '../domain/complaint/complaint.js';
import { planOfferAnswer, type OfferDecision } from '../domain/complaint/offer.js';
import { appendHistory, latestResolutionAt } from '../store/history-repository.js';
import { listRemedies, recordCustomerResponse, type Remedy } from '../store/remedy-repository.js';
import { lockExistingComplaint } from './complaint-guards.js';
import type { CommandContext } from './context.js';
import { ownerOrSupervisors, recordInboundMessage, tellStaff } from './tell-staff.js';
import { applyTransition } from './transition-complaint.js';

export interface OfferAnswer {
  decision: OfferDecision;
  /** Required on a rejection (the route's schema says so). */
  reason?: string | undefined;
}

export async function answerOffer(
  ctx: CommandContext,
  complaintId: string,
  input: OfferAnswer,
): Promise<{ complaint: Complaint; remedies: Remedy[] }> {
  return ctx.database.db.transaction(async (tx) => {
    const complaint = await lockExistingComplaint(tx, complaintId);
    const plan = planOfferAnswer(
      {
        status: complaint.status,
        remedies: await listRemedies(tx, complaintId),
        lastResolvedAt: await latestResolutionAt(tx, complaintId),
      },
      input.decision,
    );
    const now = ctx.now();
    const actor = { type: 'customer', name: complaint.customer.name } as const;
    const reason = input.reason?.trim() || null;
    const remedies = await recordCustomerResponse(tx, plan.remedyIds, {
      response: plan.response,
      reason,
      at: now,
    });
    const action = plan.response === 'accepted' ? 'offer.accepted' : 'offer.rejected';
    await appendHistory(
      tx,
      complaintId,
      actor,
      action,
      { remedyIds: plan.remedyIds, ...(reason ? { reason } : {}) },
      now,
    );
    let updated = complaint;
    if (plan.sendsBackTo) {
      if (reason) await recordInboundMessage(tx, complaint, reason, actor, now);
      updated = await applyTransition(
        ctx,
        tx,
        complaint,
        { to: plan.sendsBackTo, ...(reason ? { reason } : {}) },
        actor,
      );
    }
    await tellStaff(tx, await ownerOrSupervisors(tx, complaint), {
      kind: action,
      eventKey: plan.remedyIds[0]!, // each remedy is answered once: its id names the answer
      complaint: updated,
      details: {
        remedies: remedies.map((r) => ({ kind: r.kind, amount: r.amount, currency: r.currency })),
        ...(reason ? { reason } : {}),
      },
      now,
    });
    return { complaint: updated, remedies };
  });
}
