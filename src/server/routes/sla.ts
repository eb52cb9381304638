/**
 * The deadline preview (CONTRACT.md §8): what the deadlines of a complaint received at a given
 * instant would be, in the configured calendar or one sent with the request.
 *
 * It reads and writes nothing, but answers only staff (any role that may read complaints): the
 * configured calendar is the organisation's, and integrations have a token anyway.
 */
import { computeDeadlines, type Deadlines } from '../../domain/sla/index.js';
import { requirePrincipal } from '../auth/guard.js';
import type { App, RouteDeps } from './route-context.js';
import { DeadlinePreviewBody, DeadlinesView } from './sla.schema.js';

export function slaRoutes(app: App, { ctx }: RouteDeps): void {
  app.post(
    '/api/v1/sla/preview',
    {
      schema: {
        tags: ['sla'],
        security: [{ bearer: [] }],
        summary: 'Preview the deadlines of a complaint received at an instant',
        description:
          'First response, resolution (business days of the calendar), progress updates and, with resolvedAt, follow-up and post-mortem. Without a calendar, the configured default is used.',
        body: DeadlinePreviewBody,
        response: { 200: DeadlinesView },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      const { receivedAt, complexity, resolvedAt, calendar, category, severity, tier } = request.body;
      const policy = ctx.deadlinePolicies.current;
      const targets = ctx.deadlinePolicies.targetsFor(policy.version, { category, severity, tier });
      return {
        ...presentDeadlines(
          computeDeadlines({ receivedAt, complexity, resolvedAt }, calendar ?? ctx.calendar, targets),
        ),
        policyVersion: policy.version,
      };
    },
  );
}

function presentDeadlines(deadlines: Deadlines): Omit<DeadlinesView, 'policyVersion'> {
  return {
    firstResponseDueAt: deadlines.firstResponseDueAt.toISOString(),
    resolutionDueAt: deadlines.resolutionDueAt.toISOString(),
    progressUpdateEveryHours: deadlines.progressUpdateEveryHours,
    ...(deadlines.followUpDueAt ? { followUpDueAt: deadlines.followUpDueAt.toISOString() } : {}),
    ...(deadlines.postMortemDueAt ? { postMortemDueAt: deadlines.postMortemDueAt.toISOString() } : {}),
  };
}
