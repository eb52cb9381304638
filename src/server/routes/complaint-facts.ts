/**
 * Step 2 route: the owner records what was verified, the responsibility and the order or
 * product refs (PUT: the four facts as they now stand; null clears one).
 */
import { z } from 'zod';
import { actorOf } from '../../commands/accounts/sessions.js';
import { recordFacts } from '../../commands/record-facts.js';
import { DomainError } from '../../domain/errors.js';
import { responsibilities } from '../../domain/vocabulary.js';
import { isUuid } from '../../store/ids.js';
import { remedyCostsOf } from '../../store/remedy-cost-repository.js';
import { listClocks } from '../../store/sla-clock-repository.js';
import { requirePrincipal } from '../auth/guard.js';
import { text } from '../http/text.js';
import { presentComplaint } from '../presenters/complaint-presenter.js';
import { ComplaintIdParams, ComplaintView } from './complaints.schema.js';
import type { App, RouteDeps } from './route-context.js';

export const FactsBody = z.object({
  verifiedFacts: text(20_000)
    .nullable()
    .meta({ description: 'What was checked against records, and what it showed; null or blank clears it' }),
  responsibility: z.enum(responsibilities).nullable(),
  orderRef: text(200).nullable(),
  productRef: text(200).nullable(),
  version: z
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: 'The complaint version the edit was made on; another answers 409' }),
});

export function complaintFactsRoutes(app: App, { ctx }: RouteDeps): void {
  app.put(
    '/api/v1/complaints/:id/facts',
    {
      schema: {
        tags: ['complaints'],
        security: [{ bearer: [] }],
        summary:
          'Record the verified facts, the responsibility and the order/product refs (owner, supervisor, admin)',
        params: ComplaintIdParams,
        body: FactsBody,
        response: { 200: ComplaintView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.facts');
      if (!isUuid(request.params.id)) {
        throw new DomainError('complaint.not_found', 'No complaint with this id.');
      }
      const updated = await recordFacts(ctx, request.params.id, request.body, actorOf(principal.user));
      const [clocks, costs] = await Promise.all([
        listClocks(ctx.database.db, [updated.id]),
        remedyCostsOf(ctx.database.db, [updated.id]),
      ]);
      return presentComplaint(
        updated,
        principal.user.role,
        clocks.get(updated.id) ?? [],
        ctx.now(),
        costs.get(updated.id) ?? [],
      );
    },
  );
}
