/**
 * Staff routes of step 5 (PRODUCT.md R5, R8): the follow-ups after resolution, recorded
 * by the owner, a supervisor or an admin; and the customer's survey answers.
 */
import { z } from 'zod';
import { actorOf } from '../../commands/accounts/sessions.js';
import { recordFollowUp } from '../../commands/record-follow-up.js';
import { DomainError } from '../../domain/errors.js';
import { findComplaintById } from '../../store/complaint-repository.js';
import { listFollowUps } from '../../store/follow-up-repository.js';
import { isUuid } from '../../store/ids.js';
import { listSurveys } from '../../store/survey-repository.js';
import { requirePrincipal } from '../auth/guard.js';
import { presentFollowUp, presentStaffSurvey } from '../presenters/closing-presenter.js';
import { FollowUpBody, FollowUpView, StaffSurveyView } from './closing.schema.js';
import { ComplaintIdParams } from './complaints.schema.js';
import type { App, RouteDeps } from './route-context.js';

const tags = ['complaints'];
const security = [{ bearer: [] }];

const notFound = () => new DomainError('complaint.not_found', 'No complaint with this id.');

export function followUpRoutes(app: App, { ctx }: RouteDeps): void {
  const loadComplaint = async (id: string) => {
    const complaint = isUuid(id) ? await findComplaintById(ctx.database.db, id) : null;
    if (!complaint) throw notFound();
    return complaint;
  };

  app.get(
    '/api/v1/complaints/:id/follow-ups',
    {
      schema: {
        tags,
        security,
        summary: 'Follow-ups after resolution, oldest first',
        params: ComplaintIdParams,
        response: { 200: z.object({ items: z.array(FollowUpView) }) },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      const complaint = await loadComplaint(request.params.id);
      return { items: (await listFollowUps(ctx.database.db, complaint.id)).map(presentFollowUp) };
    },
  );

  app.post(
    '/api/v1/complaints/:id/follow-ups',
    {
      schema: {
        tags,
        security,
        summary: 'Record a follow-up (owner, supervisor or admin); meets the follow-up deadline',
        params: ComplaintIdParams,
        body: FollowUpBody,
        response: { 201: FollowUpView },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.read');
      if (!isUuid(request.params.id)) throw notFound();
      const followUp = await recordFollowUp(ctx, request.params.id, request.body, actorOf(principal.user));
      return reply.code(201).send(presentFollowUp(followUp));
    },
  );

  app.get(
    '/api/v1/complaints/:id/surveys',
    {
      schema: {
        tags,
        security,
        summary: 'The customer’s satisfaction surveys, one per resolution',
        params: ComplaintIdParams,
        response: { 200: z.object({ items: z.array(StaffSurveyView) }) },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      const complaint = await loadComplaint(request.params.id);
      return { items: (await listSurveys(ctx.database.db, complaint.id)).map(presentStaffSurvey) };
    },
  );
}
