/**
 * Shapes of the loop's closing steps (CONTRACT.md §6, PRODUCT.md R4, R5, R8): the
 * customer's answer to the offer, the satisfaction survey, and the follow-up.
 * The web app imports these contracts; nothing else defines them.
 */
import { z } from 'zod';
import { followUpOutcomes } from '../../domain/complaint/follow-up.js';
import { complaintStatuses } from '../../domain/complaint/lifecycle.js';
import { offerDecisions } from '../../domain/complaint/offer.js';
import { maxRating, minRating } from '../../domain/complaint/survey.js';
import { remedyKinds } from '../../domain/vocabulary.js';
import { text } from '../http/text.js';

const Instant = z.string();

export const SurveyBody = z.object({
  rating: z
    .number({ message: `must be a whole number from ${minRating} to ${maxRating}` })
    .int(`must be a whole number from ${minRating} to ${maxRating}`)
    .min(minRating, `must be a whole number from ${minRating} to ${maxRating}`)
    .max(maxRating, `must be a whole number from ${minRating} to ${maxRating}`),
  comment: text(2_000).optional(),
});
export type SurveyBody = z.infer<typeof SurveyBody>;

/** A survey as the customer sees it. */
export const SurveyView = z.object({
  rating: z.number(),
  comment: z.string().nullable(),
  submittedAt: Instant,
});

/** A survey as staff see it: also which resolution it rated. */
export const StaffSurveyView = SurveyView.extend({ id: z.string(), round: z.number() });

export const OfferAnswerBody = z
  .object({
    decision: z.enum(offerDecisions),
    reason: text(2_000).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.decision === 'reject' && !body.reason?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'say why you reject the offer' });
    }
  });
export type OfferAnswerBody = z.infer<typeof OfferAnswerBody>;

export const customerResponses = ['accepted', 'rejected'] as const;

export const OfferAnswerView = z.object({
  response: z.enum(customerResponses),
  status: z.enum(complaintStatuses),
  respondedAt: Instant,
});

/** An offered remedy as the customer sees it: what, how much, and their answer; nothing internal. */
export const OfferedRemedyView = z.object({
  kind: z.enum(remedyKinds),
  amount: z.number().nullable(),
  currency: z.string(),
  description: z.string(),
  customerResponse: z.enum(customerResponses).nullable(),
  respondedAt: Instant.nullable(),
});

/** What the tracking page shows of the offer and the survey. */
export const CustomerClosingView = z.object({
  expectation: z.string().nullable(),
  offer: z.object({
    /** True while the remedies without an answer wait for the customer's accept or reject. */
    awaitingAnswer: z.boolean(),
    remedies: z.array(OfferedRemedyView),
  }),
  survey: z.object({
    /** True while this resolution can be rated. */
    open: z.boolean(),
    /** The rating of the current resolution, once given. */
    submitted: SurveyView.nullable(),
  }),
});

export const FollowUpBody = z.object({
  outcome: z.enum(followUpOutcomes),
  notes: text(5_000).optional(),
});
export type FollowUpBody = z.infer<typeof FollowUpBody>;

export const FollowUpView = z.object({
  id: z.string(),
  complaintId: z.string(),
  round: z.number(),
  outcome: z.enum(followUpOutcomes),
  notes: z.string().nullable(),
  recordedById: z.string(),
  recordedAt: Instant,
});
