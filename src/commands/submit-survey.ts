/**
 * The customer rates a resolution (CONTRACT.md §6, PRODUCT.md R8). The rating is kept on
 * the complaint for reports; a rating of 1 or 2 reopens it exactly as a staff reopen does
 * (same transition, same clocks), records the customer's comment as an inbound message,
 * tells the owner and escalates to the supervisors. All of it in one transaction.
 */
import type { Complaint } from '../domain/complaint/complaint.js';
import { isLowRating, lowRatingReason, surveyRound } from '../domain/complaint/survey.js';
import { updateComplaint } from '../store/complaint-repository.js';
import { appendHistory } from '../store/history-repository.js';
import { newId } from '../store/ids.js';
import { insertSurvey, listSurveys, type Survey } from '../store/survey-repository.js';
import { lockExistingComplaint } from './complaint-guards.js';
import type { CommandContext } from './context.js';
import { recordInboundMessage, supervisorIds, tellStaff } from './tell-staff.js';
import { applyTransition } from './transition-complaint.js';

export interface SurveyInput {
  rating: number;
  comment?: string | undefined;
}

export async function submitSurvey(
  ctx: CommandContext,
  complaintId: string,
  input: SurveyInput,
): Promise<{ survey: Survey; complaint: Complaint; reopened: boolean }> {
  return ctx.database.db.transaction(async (tx) => {
    const complaint = await lockExistingComplaint(tx, complaintId);
    const rated = await listSurveys(tx, complaintId);
    const round = surveyRound({
      status: complaint.status,
      resolutionCount: complaint.resolutionCount,
      ratedRounds: rated.map((s) => s.round),
    });
    const now = ctx.now();
    const actor = { type: 'customer', name: complaint.customer.name } as const;
    const comment = input.comment?.trim() || null;
    const reopens = isLowRating(input.rating);
    const survey = await insertSurvey(tx, {
      id: newId(now.getTime()),
      complaintId,
      round,
      rating: input.rating,
      comment,
      submittedAt: now,
    });
    let updated = await updateComplaint(tx, complaintId, { satisfactionRating: input.rating }, now);
    await appendHistory(
      tx,
      complaintId,
      actor,
      'survey.submitted',
      {
        surveyId: survey.id,
        round,
        rating: input.rating,
        comment,
        satisfactionRating: [complaint.satisfactionRating, input.rating],
        reopens,
      },
      now,
    );
    if (!reopens) return { survey, complaint: updated, reopened: false };

    if (comment) await recordInboundMessage(tx, complaint, comment, actor, now);
    updated = await applyTransition(
      ctx,
      tx,
      complaint,
      { to: 'in_progress', reason: lowRatingReason(input.rating, complaint.locale) },
      actor,
    );
    const details = { rating: input.rating, comment, round };
    if (complaint.ownerId) {
      await tellStaff(tx, [complaint.ownerId], {
        kind: 'survey.low_rating',
        eventKey: survey.id,
        complaint: updated,
        details,
        now,
      });
    }
    await tellStaff(tx, await supervisorIds(tx, complaint, complaint.ownerId), {
      kind: 'survey.escalated',
      eventKey: survey.id,
      complaint: updated,
      details,
      now,
    });
    return { survey, complaint: updated, reopened: true };
  });
}
