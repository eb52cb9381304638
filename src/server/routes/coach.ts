/**
 * Reply coaching (CONTRACT.md §9): an agent's draft in, the coach's findings out, each with
 * the offending words (UTF-16 offsets), a message in the requested locale and a suggestion.
 * Any staff role may ask; the coach only suggests, it never blocks a reply.
 */
import { z } from 'zod';
import { coachLocales, coachRules, reviewReply } from '../../domain/coach/index.js';
import { requirePrincipal } from '../auth/guard.js';
import { requiredText } from '../http/text.js';
import type { App, RouteDeps } from './route-context.js';

/** The longest draft the coach reads: a reply, not a document. */
export const maxDraftChars = 10_000;

export const CoachReviewBody = z.object({
  text: requiredText(maxDraftChars),
  locale: z.enum(coachLocales).optional(),
});
export type CoachReviewBody = z.infer<typeof CoachReviewBody>;

export const CoachFindingView = z.object({
  rule: z.enum(coachRules),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  message: z.string(),
  suggestion: z.string().optional(),
});
export type CoachFindingView = z.infer<typeof CoachFindingView>;

export function coachRoutes(app: App, { ctx }: RouteDeps): void {
  app.post(
    '/api/v1/coach/review',
    {
      schema: {
        tags: ['coach'],
        security: [{ bearer: [] }],
        summary: 'Check a reply draft against the taboos and for empathy, a concrete action and a time',
        body: CoachReviewBody,
        response: { 200: z.object({ findings: z.array(CoachFindingView) }) },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'coach.review');
      return { findings: reviewReply(request.body.text, request.body.locale) };
    },
  );
}
