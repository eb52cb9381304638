/**
 * Step 6, learn (seed 000 step 6, PRODUCT.md R9): the post-mortem of a complaint, its
 * corrective and preventive actions and the quality manager's tracking list, and the case
 * library for training.
 */
import { z } from 'zod';
import { actorOf } from '../../commands/accounts/sessions.js';
import { addToCaseLibrary } from '../../commands/add-to-case-library.js';
import {
  addCorrectiveAction,
  cancelCorrectiveAction,
  completeCorrectiveAction,
} from '../../commands/corrective-actions.js';
import { findExistingComplaint } from '../../commands/complaint-guards.js';
import { readPostMortem, savePostMortem } from '../../commands/post-mortem.js';
import { can } from '../../domain/access/permissions.js';
import type { Role } from '../../domain/vocabulary.js';
import { DomainError } from '../../domain/errors.js';
import { findCase, listCases } from '../../store/case-library-repository.js';
import { listActions, listActionsOfComplaint } from '../../store/corrective-action-repository.js';
import { isUuid } from '../../store/ids.js';
import { listPostMortems } from '../../store/post-mortem-repository.js';
import { requirePrincipal } from '../auth/guard.js';
import { decodeCursor, encodeCursor } from '../presenters/complaint-presenter.js';
import {
  presentAction,
  presentCase,
  presentCaseSummary,
  presentPostMortem,
  presentPostMortemLine,
} from '../presenters/learning-presenter.js';
import {
  ActionBody,
  ActionPage,
  ActionView,
  CancelActionBody,
  CaseBody,
  CasePage,
  CaseView,
  CompleteActionBody,
  IdParams,
  ListActionsQuery,
  ListCasesQuery,
  ListPostMortemsQuery,
  PostMortemBody,
  PostMortemPage,
  PostMortemView,
} from './learning.schema.js';
import type { App, RouteDeps } from './route-context.js';

const security = [{ bearer: [] }];
const Position = z.object({ a: z.iso.datetime(), i: z.uuid() });

const complaintNotFound = () => new DomainError('complaint.not_found', 'No complaint with this id.');
const actionNotFound = () =>
  new DomainError('action.not_found', 'No corrective or preventive action with this id.');
const caseNotFound = () => new DomainError('case.not_found', 'No case with this id.');

function readCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  if (!cursor) return undefined;
  const parsed = Position.safeParse(decodeCursor(cursor));
  if (!parsed.success) {
    throw new DomainError('input.invalid', 'The cursor is not one this server gave out.', [
      { path: 'cursor', message: 'is invalid: use the nextCursor of the previous page' },
    ]);
  }
  return { at: new Date(parsed.data.a), id: parsed.data.i };
}

/**
 * Whose actions or post-mortems a list shows: anyone's (or one owner's) for the roles that
 * track them (quality managers, supervisors, admins), else the caller's own.
 */
function trackedOwner(user: { id: string; role: Role }, requested: string | undefined): string | undefined {
  return !can(user.role, 'action.track') || requested === 'me' ? user.id : requested;
}

const writeCursor = (next: { at: Date; id: string } | null) =>
  next ? encodeCursor({ a: next.at.toISOString(), i: next.id }) : null;

export function learningRoutes(app: App, { ctx }: RouteDeps): void {
  const postMortemView = async (complaintId: string) => {
    const { postMortem, resolvedOnce, clock } = await readPostMortem(ctx, complaintId);
    return presentPostMortem(complaintId, postMortem, resolvedOnce, clock, ctx.now());
  };

  app.get(
    '/api/v1/complaints/:id/post-mortem',
    {
      schema: {
        tags: ['post-mortems'],
        security,
        summary: 'The post-mortem of a complaint (status not_started until one is written)',
        params: IdParams,
        response: { 200: PostMortemView },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      if (!isUuid(request.params.id)) throw complaintNotFound();
      return postMortemView(request.params.id);
    },
  );

  app.put(
    '/api/v1/complaints/:id/post-mortem',
    {
      schema: {
        tags: ['post-mortems'],
        security,
        summary:
          'Write the post-mortem after resolution (owner, supervisor, quality manager, admin); complete: true needs root cause, lessons and an action',
        params: IdParams,
        body: PostMortemBody,
        response: { 200: PostMortemView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.read');
      if (!isUuid(request.params.id)) throw complaintNotFound();
      await savePostMortem(ctx, request.params.id, request.body, actorOf(principal.user));
      return postMortemView(request.params.id);
    },
  );

  app.get(
    '/api/v1/post-mortems',
    {
      schema: {
        tags: ['post-mortems'],
        security,
        summary:
          'Post-mortems due (deadline ahead) and overdue, soonest first, and done, latest first (others than quality managers, supervisors and admins see their own complaints)',
        querystring: ListPostMortemsQuery,
        response: { 200: PostMortemPage },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.read');
      const q = request.query;
      const ownerId = trackedOwner(principal.user, q.ownerId);
      const now = ctx.now();
      const page = await listPostMortems(
        ctx.database.db,
        { view: q.state, ownerId, now },
        { limit: q.limit, after: readCursor(q.cursor) },
      );
      return {
        items: page.items.map((item) => presentPostMortemLine(item, now)),
        nextCursor: writeCursor(page.next),
      };
    },
  );

  app.get(
    '/api/v1/complaints/:id/actions',
    {
      schema: {
        tags: ['post-mortems'],
        security,
        summary: 'Corrective and preventive actions of a complaint',
        params: IdParams,
        response: { 200: z.object({ items: z.array(ActionView) }) },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      if (!isUuid(request.params.id)) throw complaintNotFound();
      const complaint = await findExistingComplaint(ctx.database.db, request.params.id);
      const now = ctx.now();
      return {
        items: (await listActionsOfComplaint(ctx.database.db, complaint.id)).map((a) =>
          presentAction(a, now),
        ),
      };
    },
  );

  app.post(
    '/api/v1/complaints/:id/actions',
    {
      schema: {
        tags: ['post-mortems'],
        security,
        summary: 'Add a corrective or preventive action with an owner (who is told) and a due date',
        params: IdParams,
        body: ActionBody,
        response: { 201: ActionView },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.read');
      if (!isUuid(request.params.id)) throw complaintNotFound();
      const action = await addCorrectiveAction(ctx, request.params.id, request.body, actorOf(principal.user));
      return reply.code(201).send(presentAction(action, ctx.now()));
    },
  );

  app.get(
    '/api/v1/actions',
    {
      schema: {
        tags: ['post-mortems'],
        security,
        summary:
          'Track corrective and preventive actions: open and overdue by due date, done and cancelled latest first (others than quality managers, supervisors and admins see their own)',
        querystring: ListActionsQuery,
        response: { 200: ActionPage },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.read');
      const q = request.query;
      const ownerId = trackedOwner(principal.user, q.ownerId);
      const now = ctx.now();
      const page = await listActions(
        ctx.database.db,
        { view: q.status, ownerId, now },
        { limit: q.limit, after: readCursor(q.cursor) },
      );
      return { items: page.items.map((a) => presentAction(a, now)), nextCursor: writeCursor(page.next) };
    },
  );

  app.post(
    '/api/v1/actions/:id/complete',
    {
      schema: {
        tags: ['post-mortems'],
        security,
        summary: 'Mark an action done, saying what was done (its owner, a quality manager, an admin)',
        params: IdParams,
        body: CompleteActionBody,
        response: { 200: ActionView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.read');
      if (!isUuid(request.params.id)) throw actionNotFound();
      const action = await completeCorrectiveAction(
        ctx,
        request.params.id,
        request.body,
        actorOf(principal.user),
      );
      return presentAction(action, ctx.now());
    },
  );

  app.post(
    '/api/v1/actions/:id/cancel',
    {
      schema: {
        tags: ['post-mortems'],
        security,
        summary: 'Cancel an action, with a reason (whoever set it, a quality manager, an admin)',
        params: IdParams,
        body: CancelActionBody,
        response: { 200: ActionView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.read');
      if (!isUuid(request.params.id)) throw actionNotFound();
      const action = await cancelCorrectiveAction(
        ctx,
        request.params.id,
        request.body,
        actorOf(principal.user),
      );
      return presentAction(action, ctx.now());
    },
  );

  app.post(
    '/api/v1/complaints/:id/case',
    {
      schema: {
        tags: ['case library'],
        security,
        summary: 'Add a resolved or closed complaint to the case library, anonymised, with tags',
        params: IdParams,
        body: CaseBody,
        response: { 201: CaseView },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'case.create');
      if (!isUuid(request.params.id)) throw complaintNotFound();
      const stored = await addToCaseLibrary(ctx, request.params.id, request.body, actorOf(principal.user));
      return reply.code(201).send(presentCase(stored));
    },
  );

  app.get(
    '/api/v1/cases',
    {
      schema: {
        tags: ['case library'],
        security,
        summary: 'Search the case library (Chinese and English), newest first',
        querystring: ListCasesQuery,
        response: { 200: CasePage },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'case.read');
      const q = request.query;
      const after = readCursor(q.cursor);
      const page = await listCases(
        ctx.database.db,
        {
          q: q.q?.trim() || undefined,
          category: q.category,
          severity: q.severity,
          tag: q.tag?.trim() || undefined,
        },
        { limit: q.limit, after: after ? { createdAt: after.at, id: after.id } : undefined },
      );
      return {
        items: page.items.map(presentCaseSummary),
        nextCursor: writeCursor(page.next ? { at: page.next.createdAt, id: page.next.id } : null),
      };
    },
  );

  app.get(
    '/api/v1/cases/:id',
    {
      schema: {
        tags: ['case library'],
        security,
        summary: 'One case of the library',
        params: IdParams,
        response: { 200: CaseView },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'case.read');
      const found = isUuid(request.params.id) ? await findCase(ctx.database.db, request.params.id) : null;
      if (!found) throw caseNotFound();
      return presentCase(found);
    },
  );
}
