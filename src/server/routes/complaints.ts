/**
 * Staff routes for complaints (CONTRACT.md §5): intake, read, list and search,
 * transitions, hand-over, messages, evidence, remedies and history.
 */
import { z } from 'zod';
import { actorOf } from '../../commands/accounts/sessions.js';
import { addEvidence } from '../../commands/add-evidence.js';
import { addMessage } from '../../commands/add-message.js';
import { assignOwner } from '../../commands/assign-owner.js';
import { changeComplexity } from '../../commands/change-complexity.js';
import { correctTriage } from '../../commands/correct-triage.js';
import { openComplaint } from '../../commands/open-complaint.js';
import { approveRemedy, proposeRemedy } from '../../commands/propose-remedy.js';
import { transitionComplaint } from '../../commands/transition-complaint.js';
import { normalizeTrackingNumber } from '../../domain/complaint/tracking-number.js';
import { isOpen, openStatuses } from '../../domain/complaint/lifecycle.js';
import { can } from '../../domain/access/permissions.js';
import { limitOf } from '../../domain/policy/remedy-approval.js';
import { DomainError } from '../../domain/errors.js';
import { listAttachments } from '../../store/attachment-repository.js';
import { findComplaintById, listComplaints } from '../../store/complaint-repository.js';
import { staffNamesOf } from '../../store/complaint-staff-repository.js';
import { listHistory } from '../../store/history-repository.js';
import { isUuid } from '../../store/ids.js';
import { listMessages } from '../../store/message-repository.js';
import { listRemedies, loadAuthorityLimits } from '../../store/remedy-repository.js';
import { teamIdOfUser, type TeamFilter } from '../../store/team-repository.js';
import { listClocks } from '../../store/sla-clock-repository.js';
import { remedyCostsOf } from '../../store/remedy-cost-repository.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import type { Role } from '../../domain/vocabulary.js';
import { requirePrincipal } from '../auth/guard.js';
import { TriageCorrectionBody } from './triage-correction.schema.js';
import { readEvidenceFiles } from '../http/multipart.js';
import {
  decodeCursor,
  encodeCursor,
  presentAttachment,
  presentComplaint,
  presentHistoryEntry,
  presentMessage,
  presentRemedy,
} from '../presenters/complaint-presenter.js';
import {
  AssignOwnerBody,
  ComplexityBody,
  AttachmentView,
  ComplaintDetailView,
  ComplaintIdParams,
  ComplaintPage,
  ComplaintView,
  HistoryView,
  ListComplaintsQuery,
  MessageBody,
  MessageView,
  OpenComplaintBody,
  RemedyBody,
  RemedyView,
  TransitionBody,
} from './complaints.schema.js';
import type { App, RouteDeps } from './route-context.js';

const tags = ['complaints'];
const security = [{ bearer: [] }];

function complaintNotFound(): DomainError {
  return new DomainError('complaint.not_found', 'No complaint with this id.');
}

const CursorShape = z.object({ r: z.iso.datetime(), i: z.uuid() });
const HistoryCursor = z.object({ h: z.number().int().min(0) });

function invalidCursor(): DomainError {
  return new DomainError('input.invalid', 'The cursor is not one this server gave out.', [
    { path: 'cursor', message: 'is invalid: use the nextCursor of the previous page' },
  ]);
}

export function complaintRoutes(app: App, { ctx }: RouteDeps): void {
  /** Complaints with their clocks, loaded for the whole page in one query. */
  const presentAll = async (list: Complaint[], role: Role) => {
    const ids = list.map((c) => c.id);
    const [clocks, costs] = await Promise.all([
      listClocks(ctx.database.db, ids),
      remedyCostsOf(ctx.database.db, ids),
    ]);
    const now = ctx.now();
    return list.map((c) => presentComplaint(c, role, clocks.get(c.id) ?? [], now, costs.get(c.id) ?? []));
  };
  const presentOne = async (complaint: Complaint, role: Role) => (await presentAll([complaint], role))[0]!;

  const loadComplaint = async (id: string) => {
    const complaint = isUuid(id) ? await findComplaintById(ctx.database.db, id) : null;
    if (!complaint) throw complaintNotFound();
    return complaint;
  };

  app.post(
    '/api/v1/complaints',
    {
      schema: {
        tags,
        security,
        summary: 'Record a complaint from any channel (agent intake)',
        body: OpenComplaintBody,
        response: { 201: ComplaintView },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.open');
      const { complaint, clocks } = await openComplaint(ctx, request.body, actorOf(principal.user));
      return reply.code(201).send(presentComplaint(complaint, principal.user.role, clocks, ctx.now()));
    },
  );

  app.get(
    '/api/v1/complaints',
    {
      schema: {
        tags,
        security,
        summary: 'List and search complaints, newest first',
        querystring: ListComplaintsQuery,
        response: { 200: ComplaintPage },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.read');
      const q = request.query;
      let after: { receivedAt: Date; id: string } | undefined;
      if (q.cursor) {
        const parsed = CursorShape.safeParse(decodeCursor(q.cursor));
        if (!parsed.success) throw invalidCursor();
        after = { receivedAt: new Date(parsed.data.r), id: parsed.data.i };
      }
      let trackingNumber: string | undefined;
      if (q.trackingNumber !== undefined) {
        trackingNumber = normalizeTrackingNumber(q.trackingNumber) ?? '-';
      }
      // Teams: "mine" is the routed queue of the caller's team (nothing when in none).
      let team: TeamFilter | undefined;
      if (q.team === 'mine') {
        const myTeamId = await teamIdOfUser(ctx.database.db, principal.user.id);
        if (myTeamId === null) return { items: [], nextCursor: null };
        team = { kind: 'routed', teamId: myTeamId };
      } else if (q.team === 'none') team = { kind: 'none' };
      else if (q.team) team = { kind: 'members', teamId: q.team };
      let status = q.status;
      let pendingRemedy: 'any' | { limit: number | null } | undefined =
        q.remedy === 'pending_approval' ? 'any' : undefined;
      if (q.remedy === 'approvable_by_me') {
        // Who may decide: the same answer as the approve route (domain/policy/remedy-approval.ts).
        const { role } = principal.user;
        if (!can(role, 'remedy.approve')) return { items: [], nextCursor: null };
        pendingRemedy = { limit: limitOf(await loadAuthorityLimits(ctx.database.db), role) };
        // Only open complaints take decisions on remedies.
        status = (q.status?.length ? q.status : openStatuses).filter(isOpen);
        if (status.length === 0) return { items: [], nextCursor: null };
      }
      if (q.needsReview === 'true') {
        // A triage to review matters while the complaint is handled, not once resolved, closed or dismissed.
        status = (status?.length ? status : openStatuses).filter(isOpen);
        if (status.length === 0) return { items: [], nextCursor: null };
      }
      const page = await listComplaints(
        ctx.database.db,
        {
          status,
          category: q.category,
          channel: q.channel,
          severity: q.severity,
          ownerId: q.owner === 'me' ? principal.user.id : q.owner === 'none' ? null : q.owner,
          customerId: q.customerId,
          trackingNumber,
          urgent: q.urgent === undefined ? undefined : q.urgent === 'true',
          needsReview: q.needsReview === undefined ? undefined : q.needsReview === 'true',
          receivedFrom: q.receivedFrom,
          receivedTo: q.receivedTo,
          q: q.q?.trim() || undefined,
          sla: q.sla ? { state: q.sla, now: ctx.now(), clock: q.clock } : undefined,
          subcategoryId: q.subcategory,
          team,
          pendingRemedy,
        },
        { limit: q.limit, after },
      );
      return {
        items: await presentAll(page.items, principal.user.role),
        nextCursor: page.next
          ? encodeCursor({ r: page.next.receivedAt.toISOString(), i: page.next.id })
          : null,
      };
    },
  );

  app.get(
    '/api/v1/complaints/:id',
    {
      schema: {
        tags,
        security,
        summary: 'One complaint, with the names of the staff it refers to',
        params: ComplaintIdParams,
        response: { 200: ComplaintDetailView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.read');
      const complaint = await loadComplaint(request.params.id);
      const [view, staff] = await Promise.all([
        presentOne(complaint, principal.user.role),
        staffNamesOf(ctx.database.db, complaint.id),
      ]);
      return { ...view, staff };
    },
  );

  app.post(
    '/api/v1/complaints/:id/transitions',
    {
      schema: {
        tags,
        security,
        summary: 'Move a complaint to its next step of the six',
        params: ComplaintIdParams,
        body: TransitionBody,
        response: { 200: ComplaintView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.transition');
      if (!isUuid(request.params.id)) throw complaintNotFound();
      const updated = await transitionComplaint(
        ctx,
        request.params.id,
        request.body,
        actorOf(principal.user),
      );
      return presentOne(updated, principal.user.role);
    },
  );

  app.post(
    '/api/v1/complaints/:id/owner',
    {
      schema: {
        tags,
        security,
        summary: 'Hand the complaint over to another owner, with a reason',
        params: ComplaintIdParams,
        body: AssignOwnerBody,
        response: { 200: ComplaintView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.transition');
      if (!isUuid(request.params.id)) throw complaintNotFound();
      const updated = await assignOwner(ctx, request.params.id, request.body, actorOf(principal.user));
      return presentOne(updated, principal.user.role);
    },
  );

  app.post(
    '/api/v1/complaints/:id/complexity',
    {
      schema: {
        tags,
        security,
        summary: 'Reclassify as ordinary or complex: the resolution deadline and daily updates follow',
        params: ComplaintIdParams,
        body: ComplexityBody,
        response: { 200: ComplaintView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.transition');
      if (!isUuid(request.params.id)) throw complaintNotFound();
      const updated = await changeComplexity(ctx, request.params.id, request.body, actorOf(principal.user));
      return presentOne(updated, principal.user.role);
    },
  );

  app.post(
    '/api/v1/complaints/:id/triage',
    {
      schema: {
        tags,
        security,
        summary: "Correct triage's suggestions (or confirm them); corrections train the next model",
        description:
          'Each changed field is stored as a correction with who, when and the model that suggested it, and the complaint leaves the needs-review list. A body with no change confirms the suggestion.',
        params: ComplaintIdParams,
        body: TriageCorrectionBody,
        response: { 200: ComplaintView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'triage.correct');
      if (!isUuid(request.params.id)) throw complaintNotFound();
      const updated = await correctTriage(ctx, request.params.id, request.body, actorOf(principal.user));
      return presentOne(updated, principal.user.role);
    },
  );

  app.get(
    '/api/v1/complaints/:id/history',
    {
      schema: {
        tags,
        security,
        summary: 'The append-only history of a complaint',
        params: ComplaintIdParams,
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(1000).default(200),
          cursor: z.string().max(200).optional(),
        }),
        response: { 200: HistoryView },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.history');
      const complaint = await loadComplaint(request.params.id);
      let afterId: number | undefined;
      if (request.query.cursor) {
        const parsed = HistoryCursor.safeParse(decodeCursor(request.query.cursor));
        if (!parsed.success) throw invalidCursor();
        afterId = parsed.data.h;
      }
      const page = await listHistory(ctx.database.db, complaint.id, { limit: request.query.limit, afterId });
      return {
        items: page.items.map(presentHistoryEntry),
        nextCursor: page.nextId === null ? null : encodeCursor({ h: page.nextId }),
      };
    },
  );

  app.get(
    '/api/v1/complaints/:id/messages',
    {
      schema: {
        tags,
        security,
        summary: 'Messages: inbound, replies and internal notes',
        params: ComplaintIdParams,
        response: { 200: z.object({ items: z.array(MessageView) }) },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      const complaint = await loadComplaint(request.params.id);
      return { items: (await listMessages(ctx.database.db, complaint.id)).map(presentMessage) };
    },
  );

  app.post(
    '/api/v1/complaints/:id/messages',
    {
      schema: {
        tags,
        security,
        summary: 'Reply to the customer, or add an internal note',
        params: ComplaintIdParams,
        body: MessageBody,
        response: { 201: MessageView },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(
        ctx,
        request,
        request.body.kind === 'reply' ? 'complaint.reply' : 'complaint.note',
      );
      if (!isUuid(request.params.id)) throw complaintNotFound();
      const message = await addMessage(ctx, request.params.id, request.body, actorOf(principal.user));
      return reply.code(201).send(presentMessage(message));
    },
  );

  app.get(
    '/api/v1/complaints/:id/attachments',
    {
      schema: {
        tags,
        security,
        summary: 'Evidence files of a complaint',
        params: ComplaintIdParams,
        response: { 200: z.object({ items: z.array(AttachmentView) }) },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      const complaint = await loadComplaint(request.params.id);
      return { items: (await listAttachments(ctx.database.db, complaint.id)).map(presentAttachment) };
    },
  );

  app.post(
    '/api/v1/complaints/:id/attachments',
    {
      schema: {
        tags,
        security,
        summary: 'Upload evidence (multipart/form-data, up to 10 files of 10 MB)',
        params: ComplaintIdParams,
        consumes: ['multipart/form-data'],
        response: { 201: z.object({ items: z.array(AttachmentView) }) },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.attach');
      const complaint = await loadComplaint(request.params.id);
      const files = await readEvidenceFiles(request);
      const items = [];
      for (const file of files) {
        items.push(await addEvidence(ctx, complaint.id, file, actorOf(principal.user)));
      }
      return reply.code(201).send({ items: items.map(presentAttachment) });
    },
  );

  app.get(
    '/api/v1/complaints/:id/remedies',
    {
      schema: {
        tags,
        security,
        summary: 'Remedies offered on a complaint',
        params: ComplaintIdParams,
        response: { 200: z.object({ items: z.array(RemedyView) }) },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      const complaint = await loadComplaint(request.params.id);
      return { items: (await listRemedies(ctx.database.db, complaint.id)).map(presentRemedy) };
    },
  );

  app.post(
    '/api/v1/complaints/:id/remedies',
    {
      schema: {
        tags,
        security,
        summary: 'Propose a remedy; above your authority it waits for approval',
        params: ComplaintIdParams,
        body: RemedyBody,
        response: { 201: RemedyView },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'remedy.propose');
      if (!isUuid(request.params.id)) throw complaintNotFound();
      const remedy = await proposeRemedy(ctx, request.params.id, request.body, actorOf(principal.user));
      return reply.code(201).send(presentRemedy(remedy));
    },
  );

  app.post(
    '/api/v1/remedies/:id/approve',
    {
      schema: {
        tags: ['remedies'],
        security,
        summary: 'Approve a remedy within your authority',
        params: ComplaintIdParams,
        response: { 200: RemedyView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'remedy.approve');
      if (!isUuid(request.params.id)) throw new DomainError('remedy.not_found', 'No remedy with this id.');
      return presentRemedy(await approveRemedy(ctx, request.params.id, actorOf(principal.user)));
    },
  );
}
