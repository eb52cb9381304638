/**
 * A complaint's related complaints: repeats by the same customer and near-duplicate texts.
 */
import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { findComplaintById } from '../../store/complaint-repository.js';
import { listLinks } from '../../store/complaint-link-repository.js';
import { isUuid } from '../../store/ids.js';
import { requirePrincipal } from '../auth/guard.js';
import { ComplaintIdParams } from './complaints.schema.js';
import type { App, RouteDeps } from './route-context.js';

const LinkView = z.object({
  kind: z.enum(['repeat', 'duplicate']).meta({
    description: 'repeat: the same customer within 30 days (二次投诉); duplicate: a near-identical text',
  }),
  direction: z.enum(['earlier', 'later']).meta({
    description:
      'earlier: this complaint repeats or duplicates that one; later: that one repeats or duplicates this',
  }),
  score: z.number().meta({ description: 'Estimated text similarity 0–1 (1 for a repeat)' }),
  complaint: z.object({
    id: z.string(),
    trackingNumber: z.string(),
    subject: z.string(),
    status: z.string(),
    receivedAt: z.string(),
  }),
});

export function complaintLinkRoutes(app: App, { ctx }: RouteDeps): void {
  app.get(
    '/api/v1/complaints/:id/links',
    {
      schema: {
        tags: ['complaints'],
        security: [{ bearer: [] }],
        summary: 'Related complaints: repeats by the same customer and near duplicates',
        params: ComplaintIdParams,
        response: {
          200: z.object({
            items: z.array(LinkView),
            counts: z.object({ repeat: z.number(), duplicate: z.number() }),
          }),
        },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      const { id } = request.params;
      const complaint = isUuid(id) ? await findComplaintById(ctx.database.db, id) : null;
      if (!complaint) throw new DomainError('complaint.not_found', 'No complaint with this id.');
      const links = await listLinks(ctx.database.db, complaint.id);
      return {
        items: links.map((link) => ({
          ...link,
          complaint: { ...link.complaint, receivedAt: link.complaint.receivedAt.toISOString() },
        })),
        counts: {
          repeat: links.filter((l) => l.kind === 'repeat').length,
          duplicate: links.filter((l) => l.kind === 'duplicate').length,
        },
      };
    },
  );
}
