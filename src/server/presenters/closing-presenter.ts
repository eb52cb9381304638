/**
 * The closing steps as the API shows them: the offer and the survey on the customer's
 * tracking page (nothing internal: no staff, no approval data, no unapproved remedy),
 * and surveys and follow-ups for staff.
 */
import type { z } from 'zod';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { isShownToCustomer, remediesAwaitingAnswer } from '../../domain/complaint/offer.js';
import { isSurveyOpen } from '../../domain/complaint/survey.js';
import type { FollowUp } from '../../store/follow-up-repository.js';
import type { Remedy } from '../../store/remedy-repository.js';
import type { Survey } from '../../store/survey-repository.js';
import type {
  CustomerClosingView,
  FollowUpView,
  StaffSurveyView,
  SurveyView,
} from '../routes/closing.schema.js';

const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

const presentSurvey = (s: Survey): z.infer<typeof SurveyView> => ({
  rating: s.rating,
  comment: s.comment,
  submittedAt: s.submittedAt.toISOString(),
});

export const presentStaffSurvey = (s: Survey): z.infer<typeof StaffSurveyView> => ({
  id: s.id,
  round: s.round,
  ...presentSurvey(s),
});

export const presentFollowUp = (f: FollowUp): z.infer<typeof FollowUpView> => ({
  ...f,
  recordedAt: f.recordedAt.toISOString(),
});

export function presentCustomerClosing(view: {
  complaint: Complaint;
  remedies: readonly Remedy[];
  surveys: readonly Survey[];
  lastResolvedAt: Date | null;
}): z.infer<typeof CustomerClosingView> {
  const { complaint, remedies, surveys, lastResolvedAt } = view;
  const current = surveys.find((s) => s.round === complaint.resolutionCount) ?? null;
  return {
    expectation: complaint.expectation,
    offer: {
      awaitingAnswer: remediesAwaitingAnswer(complaint.status, remedies, lastResolvedAt).length > 0,
      remedies: remedies.filter(isShownToCustomer).map((r) => ({
        kind: r.kind,
        amount: r.amount,
        currency: r.currency,
        description: r.description,
        customerResponse: r.customerResponse,
        respondedAt: isoOrNull(r.customerRespondedAt),
      })),
    },
    survey: {
      open: isSurveyOpen(complaint.status) && current === null,
      submitted: current ? presentSurvey(current) : null,
    },
  };
}
