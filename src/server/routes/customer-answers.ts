/**
 * The customer's answers from the tracking page (CONTRACT.md §6): the satisfaction
 * survey, and accepting or rejecting the offer. No account: the tracking number and the
 * X-Access-Token header open the complaint, rate-limited like the other public routes.
 */
import { answerOffer } from '../../commands/answer-offer.js';
import { submitSurvey } from '../../commands/submit-survey.js';
import { openWithAccessToken } from '../../commands/track-complaint.js';
import { AccessTokenHeaders, TrackingParams } from './complaints.schema.js';
import { OfferAnswerBody, OfferAnswerView, SurveyBody, SurveyView } from './closing.schema.js';
import { accessTokenOf, publicLookupLimit } from './public.js';
import type { App, RouteDeps } from './route-context.js';

const tags = ['public'];

export function customerAnswerRoutes(app: App, { ctx, rateLimits }: RouteDeps): void {
  const config = publicLookupLimit(rateLimits);

  app.post(
    '/api/v1/public/complaints/:trackingNumber/survey',
    {
      config,
      schema: {
        tags,
        summary: 'Rate the resolution (1–5, and a comment); a 1 or 2 reopens the complaint',
        params: TrackingParams,
        headers: AccessTokenHeaders,
        body: SurveyBody,
        response: { 201: SurveyView },
      },
    },
    async (request, reply) => {
      const complaint = await openWithAccessToken(
        ctx,
        request.params.trackingNumber,
        accessTokenOf(request.headers),
      );
      const { survey } = await submitSurvey(ctx, complaint.id, request.body);
      return reply.code(201).send({
        rating: survey.rating,
        comment: survey.comment,
        submittedAt: survey.submittedAt.toISOString(),
      });
    },
  );

  app.post(
    '/api/v1/public/complaints/:trackingNumber/offer',
    {
      config,
      schema: {
        tags,
        summary: 'Accept or reject the offered remedies (a rejection needs a reason)',
        params: TrackingParams,
        headers: AccessTokenHeaders,
        body: OfferAnswerBody,
        response: { 200: OfferAnswerView },
      },
    },
    async (request) => {
      const complaint = await openWithAccessToken(
        ctx,
        request.params.trackingNumber,
        accessTokenOf(request.headers),
      );
      const answered = await answerOffer(ctx, complaint.id, request.body);
      return {
        response: request.body.decision === 'accept' ? ('accepted' as const) : ('rejected' as const),
        status: answered.complaint.status,
        respondedAt: (answered.remedies[0]?.customerRespondedAt ?? ctx.now()).toISOString(),
      };
    },
  );
}
