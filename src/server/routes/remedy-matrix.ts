/**
 * Step 3 routes: the remedy matrix (staff read it, admins replace it), the suggestions
 * for one complaint, and an approver's rejection of a remedy waiting for approval.
 */
import { actorOf } from '../../commands/accounts/sessions.js';
import { rejectRemedy } from '../../commands/decide-remedy.js';
import {
  readRemedyMatrix,
  remedySuggestions,
  replaceMatrix,
  type RemedyMatrix,
} from '../../commands/remedy-matrix.js';
import { DomainError } from '../../domain/errors.js';
import { defaultRemedyMatrix } from '../../domain/policy/remedy-matrix.js';
import { isUuid } from '../../store/ids.js';
import { requirePrincipal } from '../auth/guard.js';
import { presentRemedy } from '../presenters/complaint-presenter.js';
import { ComplaintIdParams, RemedyView } from './complaints.schema.js';
import {
  RejectRemedyBody,
  RemedyMatrixBody,
  RemedyMatrixView,
  RemedySuggestionsView,
} from './remedy-matrix.schema.js';
import type { App, RouteDeps } from './route-context.js';

const security = [{ bearer: [] }];

const presentMatrix = (m: RemedyMatrix) => ({
  source: m.source,
  rows: m.rows,
  updatedAt: m.updatedAt?.toISOString() ?? null,
  updatedBy: m.updatedBy,
  defaults: [...defaultRemedyMatrix],
});

export function remedyMatrixRoutes(app: App, { ctx }: RouteDeps): void {
  app.get(
    '/api/v1/remedy-matrix',
    {
      schema: {
        tags: ['remedies'],
        security,
        summary: 'The remedy matrix: suggested remedies per severity (and category)',
        response: { 200: RemedyMatrixView },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'remedy_matrix.read');
      return presentMatrix(await readRemedyMatrix(ctx));
    },
  );

  app.put(
    '/api/v1/remedy-matrix',
    {
      schema: {
        tags: ['remedies'],
        security,
        summary:
          'Replace the remedy matrix (admin): every severity needs a row for every category; all problems are listed',
        body: RemedyMatrixBody,
        response: { 200: RemedyMatrixView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'remedy_matrix.manage');
      const matrix = await replaceMatrix(ctx, request.body.rows, actorOf(principal.user));
      request.log.info({ by: principal.user.id, rows: matrix.rows.length }, 'remedy matrix replaced');
      return presentMatrix(matrix);
    },
  );

  app.get(
    '/api/v1/complaints/:id/remedy-suggestions',
    {
      schema: {
        tags: ['remedies'],
        security,
        summary: 'Remedies the matrix suggests for this complaint, each within your authority or not',
        params: ComplaintIdParams,
        response: { 200: RemedySuggestionsView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'remedy_matrix.read');
      if (!isUuid(request.params.id)) {
        throw new DomainError('complaint.not_found', 'No complaint with this id.');
      }
      return remedySuggestions(ctx, request.params.id, principal.user);
    },
  );

  app.post(
    '/api/v1/remedies/:id/reject',
    {
      schema: {
        tags: ['remedies'],
        security,
        summary: 'Reject a remedy waiting for approval, with a reason (someone who could approve it)',
        params: ComplaintIdParams,
        body: RejectRemedyBody,
        response: { 200: RemedyView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'remedy.approve');
      if (!isUuid(request.params.id)) throw new DomainError('remedy.not_found', 'No remedy with this id.');
      return presentRemedy(await rejectRemedy(ctx, request.params.id, request.body, actorOf(principal.user)));
    },
  );
}
