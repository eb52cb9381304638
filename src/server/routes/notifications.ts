/**
 * The signed-in user's notifications: SLA warnings, breaches and escalations.
 */
import { z } from 'zod';
import { listNotifications, markNotificationsRead } from '../../store/notification-repository.js';
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
        response: { 200: z.object({ items: z.array(NotificationView) }) },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.read');
      const rows = await listNotifications(ctx.database.db, principal.user.id, request.query.limit);
      return {
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
        summary: 'Mark my notifications read',
        body: z.object({ ids: z.array(z.string().max(300)).min(1).max(200) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.read');
      await markNotificationsRead(ctx.database.db, principal.user.id, request.body.ids, ctx.now());
      return reply.code(204).send(null);
    },
  );
}
