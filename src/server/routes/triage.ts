/**
 * Triage on demand (CONTRACT.md §7): the same triage intake uses, for one text or a
 * batch of up to 1,000, with the words that decided each field.
 */
import { z } from 'zod';
import type { TriageResult } from '../../domain/triage/triage-result.js';
import { requirePrincipal } from '../auth/guard.js';
import type { App, RouteDeps } from './route-context.js';
import { TriageBody, TriageView } from './triage.schema.js';

const present = (r: TriageResult): z.infer<typeof TriageView> => ({
  language: r.language,
  category: r.category,
  emotion: r.emotion,
  risks: r.risks,
  severity: r.severity,
  urgent: r.urgent,
  needsReview: r.needsReview,
  truncated: r.truncated,
  explanation: r.explanation,
  modelVersion: r.modelVersion,
});

export function triageRoutes(app: App, { ctx }: RouteDeps): void {
  app.post(
    '/api/v1/triage',
    {
      schema: {
        tags: ['triage'],
        security: [{ bearer: [] }],
        summary: 'Triage a text: language, category, emotion, risks, severity, urgency, and why',
        body: TriageBody,
        response: { 200: TriageView },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      return present(ctx.triage(request.body));
    },
  );

  app.post(
    '/api/v1/triage/batch',
    {
      schema: {
        tags: ['triage'],
        security: [{ bearer: [] }],
        summary: 'Triage up to 1,000 texts; results in the same order',
        body: z.object({ items: z.array(TriageBody).min(1).max(1000) }),
        response: { 200: z.object({ results: z.array(TriageView) }) },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      return { results: request.body.items.map((item) => present(ctx.triage(item))) };
    },
  );
}
