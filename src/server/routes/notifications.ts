/**
 * The signed-in user's notifications: SLA warnings, breaches and escalations, approvals asked,
 * tasks and actions assigned or overdue, customers' answers. Live pages hear of new ones through
 * `GET /api/v1/events`.
 */
import { z } from 'zod';
import {
  countUnread,
  listNotifications,
  markAllNotificationsRead,
  markNotificationsRead,
} from '../../store/notification-repository.js';
import { requirePrincipal } from '../auth/guard.js';
import type { App, RouteDeps } from './route-context.js';

const NotificationView = z.object({
  id: z.string(),
  kind: z.string(),
  complaintId: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export function notificationRoutes(app: App, { ctx }: RouteDeps): void {
  app.get(
    '/api/v1/notifications',
    {
      schema: {
        tags: ['notifications'],
        security: [{ bearer: [] }],
        summary: 'My notifications, newest first',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: {
          200: z.object({
            items: z.array(NotificationView),
            unreadCount: z.number().meta({ description: 'Unread notifications, at most 100' }),
          }),
        },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.read');
      const [rows, unreadCount] = await Promise.all([
        listNotifications(ctx.database.db, principal.user.id, request.query.limit),
        countUnread(ctx.database.db, principal.user.id),
      ]);
      return {
        unreadCount,
        items: rows.map((n) => ({
          id: n.id,
          kind: n.kind,
          complaintId: n.complaintId,
          payload: n.payload as Record<string, unknown>,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
      };
    },
  );

  app.post(
    '/api/v1/notifications/read',
    {
      schema: {
        tags: ['notifications'],
        security: [{ bearer: [] }],
        summary: 'Mark my notifications read: these ids, or all of them',
        body: z
          .strictObject({
            ids: z.array(z.string().max(300)).min(1).max(200).optional(),
            all: z.literal(true).optional(),
          })
          .refine((body) => body.ids !== undefined || body.all === true, {
            message: 'must give ids or all: true',
          }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.read');
      if (request.body.all) await markAllNotificationsRead(ctx.database.db, principal.user.id, ctx.now());
      else await markNotificationsRead(ctx.database.db, principal.user.id, request.body.ids ?? [], ctx.now());
      return reply.code(204).send(null);
    },
  );
}
