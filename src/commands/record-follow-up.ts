/**
 * Records the follow-up after resolution (PRODUCT.md R5 step 5): the outcome of the call
 * or message, which meets the complaint's follow-up deadline; an unsatisfied customer is
 * escalated to the supervisors. By the owner, a supervisor or an admin.
 */
import type { Actor } from '../domain/complaint/complaint.js';
import {
  escalatesFollowUp,
  mayRecordFollowUp,
  requireFollowUpOpen,
  type FollowUpOutcome,
} from '../domain/complaint/follow-up.js';
import { DomainError } from '../domain/errors.js';
import { insertFollowUp, type FollowUp } from '../store/follow-up-repository.js';
import { appendHistory } from '../store/history-repository.js';
import { newId } from '../store/ids.js';
import { meetClocks } from '../store/sla-clock-repository.js';
import { lockExistingComplaint } from './complaint-guards.js';
import type { CommandContext } from './context.js';
import { supervisorIds, tellStaff } from './tell-staff.js';

export interface FollowUpInput {
  outcome: FollowUpOutcome;
  notes?: string | undefined;
}

export async function recordFollowUp(
  ctx: CommandContext,
  complaintId: string,
  input: FollowUpInput,
  actor: Extract<Actor, { type: 'user' }>,
): Promise<FollowUp> {
  return ctx.database.db.transaction(async (tx) => {
    const complaint = await lockExistingComplaint(tx, complaintId);
    if (!mayRecordFollowUp(actor, complaint.ownerId)) {
      throw new DomainError(
        'auth.forbidden',
        'Only the complaint’s owner, a supervisor or an admin records its follow-up.',
      );
    }
    requireFollowUpOpen(complaint.status);
    const now = ctx.now();
    const followUp = await insertFollowUp(tx, {
      id: newId(now.getTime()),
      complaintId,
      round: complaint.resolutionCount,
      outcome: input.outcome,
      notes: input.notes?.trim() || null,
      recordedById: actor.id,
      recordedAt: now,
    });
    const met = await meetClocks(tx, complaintId, ['follow_up'], now);
    await appendHistory(
      tx,
      complaintId,
      actor,
      'follow_up.recorded',
      {
        followUpId: followUp.id,
        round: followUp.round,
        outcome: followUp.outcome,
        ...(followUp.notes ? { notes: followUp.notes } : {}),
        ...(met.length ? { clocks: { met } } : {}),
      },
      now,
    );
    if (escalatesFollowUp(input.outcome)) {
      await tellStaff(tx, await supervisorIds(tx, complaint, actor.id), {
        kind: 'follow_up.unsatisfied',
        eventKey: followUp.id,
        complaint,
        details: { outcome: followUp.outcome, notes: followUp.notes },
        now,
      });
    }
    return followUp;
  });
}
