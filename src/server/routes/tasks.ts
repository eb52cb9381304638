/**
 * Department task routes (step 2): the owner asks a department, the handler answers.
 * A handler sees only the tasks given to them, with the complaint facts they need and
 * none of the customer's contact data.
 */
import { z } from 'zod';
import { actorOf } from '../../commands/accounts/sessions.js';
import { assignTask, cancelTask, completeTask } from '../../commands/department-tasks.js';
import { seesOnlyOwnTasks, type DepartmentTask } from '../../domain/complaint/department-task.js';
import type { Complaint } from '../../domain/complaint/complaint.js';
import { DomainError } from '../../domain/errors.js';
import { findComplaintById, findComplaintsByIds } from '../../store/complaint-repository.js';
import { listComplaintTasks, listTasks, userNamesOf } from '../../store/department-task-repository.js';
import { isUuid } from '../../store/ids.js';
import { requirePrincipal } from '../auth/guard.js';
import { decodeCursor, encodeCursor } from '../presenters/complaint-presenter.js';
import { ComplaintIdParams } from './complaints.schema.js';
import type { App, RouteDeps } from './route-context.js';
import {
  CancelTaskBody,
  CompleteTaskBody,
  ListTasksQuery,
  TaskBody,
  TaskIdParams,
  TaskList,
  TaskPage,
  TaskView,
} from './tasks.schema.js';

const tags = ['tasks'];
const security = [{ bearer: [] }];
const TaskCursor = z.object({ d: z.iso.datetime(), i: z.uuid() });

const complaintNotFound = () => new DomainError('complaint.not_found', 'No complaint with this id.');
const taskNotFound = () => new DomainError('task.not_found', 'No task with this id.');

export function taskRoutes(app: App, { ctx }: RouteDeps): void {
  /** Tasks with the names they mention and, across complaints, what the handler needs of each. */
  const present = async (
    tasks: DepartmentTask[],
    complaints?: Map<string, Complaint>,
  ): Promise<z.infer<typeof TaskView>[]> => {
    const names = await userNamesOf(ctx.database.db, [
      ...tasks.flatMap((t) => [t.handlerId, t.createdById]),
      ...[...(complaints?.values() ?? [])].flatMap((c) => (c.ownerId ? [c.ownerId] : [])),
    ]);
    const now = ctx.now();
    return tasks.map((t) => {
      const c = complaints?.get(t.complaintId);
      return {
        id: t.id,
        complaintId: t.complaintId,
        department: t.department,
        handlerId: t.handlerId,
        handlerName: names.get(t.handlerId) ?? null,
        request: t.request,
        dueAt: t.dueAt.toISOString(),
        status: t.status,
        outcome: t.outcome,
        createdById: t.createdById,
        createdByName: names.get(t.createdById) ?? null,
        createdAt: t.createdAt.toISOString(),
        completedAt: t.completedAt?.toISOString() ?? null,
        overdue: t.status === 'open' && t.dueAt.getTime() < now.getTime(),
        ...(c
          ? {
              complaint: {
                id: c.id,
                trackingNumber: c.trackingNumber,
                status: c.status,
                subject: c.subject,
                description: c.description,
                verifiedFacts: c.verifiedFacts,
                orderRef: c.orderRef,
                productRef: c.productRef,
                category: c.triage.category.label,
                severity: c.triage.severity,
                ownerId: c.ownerId,
                ownerName: c.ownerId ? (names.get(c.ownerId) ?? null) : null,
              },
            }
          : {}),
      };
    });
  };

  const presentWithComplaints = async (tasks: DepartmentTask[]) => {
    const complaints = await findComplaintsByIds(ctx.database.db, [
      ...new Set(tasks.map((t) => t.complaintId)),
    ]);
    return present(tasks, new Map(complaints.map((c) => [c.id, c])));
  };

  app.post(
    '/api/v1/complaints/:id/tasks',
    {
      schema: {
        tags,
        security,
        summary: 'Ask a department to investigate or act (the owner stays the customer’s contact)',
        params: ComplaintIdParams,
        body: TaskBody,
        response: { 201: TaskView },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'task.assign');
      if (!isUuid(request.params.id)) throw complaintNotFound();
      const task = await assignTask(ctx, request.params.id, request.body, actorOf(principal.user));
      return reply.code(201).send((await present([task]))[0]!);
    },
  );

  app.get(
    '/api/v1/complaints/:id/tasks',
    {
      schema: {
        tags,
        security,
        summary: 'The department tasks of a complaint (a handler sees only theirs)',
        params: ComplaintIdParams,
        response: { 200: TaskList },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'task.read');
      const complaint = isUuid(request.params.id)
        ? await findComplaintById(ctx.database.db, request.params.id)
        : null;
      if (!complaint) throw complaintNotFound();
      const own = seesOnlyOwnTasks(principal.user.role) ? principal.user.id : undefined;
      return { items: await present(await listComplaintTasks(ctx.database.db, complaint.id, own)) };
    },
  );

  app.get(
    '/api/v1/tasks',
    {
      schema: {
        tags,
        security,
        summary: 'Department tasks by due date: mine (?mine=true), or all for the staff who oversee them',
        querystring: ListTasksQuery,
        response: { 200: TaskPage },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'task.read');
      const q = request.query;
      let after: { dueAt: Date; id: string } | undefined;
      if (q.cursor) {
        const parsed = TaskCursor.safeParse(decodeCursor(q.cursor));
        if (!parsed.success) {
          throw new DomainError('input.invalid', 'The cursor is not one this server gave out.', [
            { path: 'cursor', message: 'is invalid: use the nextCursor of the previous page' },
          ]);
        }
        after = { dueAt: new Date(parsed.data.d), id: parsed.data.i };
      }
      const mine = q.mine === 'true' || seesOnlyOwnTasks(principal.user.role);
      const page = await listTasks(
        ctx.database.db,
        { handlerId: mine ? principal.user.id : undefined, status: q.status, complaintId: q.complaintId },
        { limit: q.limit, after },
      );
      return {
        items: await presentWithComplaints(page.items),
        nextCursor: page.next ? encodeCursor({ d: page.next.dueAt.toISOString(), i: page.next.id }) : null,
      };
    },
  );

  app.post(
    '/api/v1/tasks/:id/complete',
    {
      schema: {
        tags,
        security,
        summary: 'Report a task’s outcome (its handler, or the complaint’s owner); the owner is told',
        params: TaskIdParams,
        body: CompleteTaskBody,
        response: { 200: TaskView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'task.complete');
      if (!isUuid(request.params.id)) throw taskNotFound();
      const task = await completeTask(ctx, request.params.id, request.body, actorOf(principal.user));
      return (await presentWithComplaints([task]))[0]!;
    },
  );

  app.post(
    '/api/v1/tasks/:id/cancel',
    {
      schema: {
        tags,
        security,
        summary: 'Cancel a task with a reason (the complaint’s owner); the handler is told',
        params: TaskIdParams,
        body: CancelTaskBody,
        response: { 200: TaskView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'task.assign');
      if (!isUuid(request.params.id)) throw taskNotFound();
      const task = await cancelTask(ctx, request.params.id, request.body, actorOf(principal.user));
      return (await presentWithComplaints([task]))[0]!;
    },
  );
}
