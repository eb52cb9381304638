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
import { requestLocale } from '../i18n/request-locale.js';
import { presentNotifications } from '../presenters/notification-presenter.js';
import type { App, RouteDeps } from './route-context.js';

const NotificationView = z.object({
  id: z.string().meta({ description: 'The newest of the notifications this entry shows' }),
  ids: z.array(z.string()).meta({
    description:
      'Consecutive notifications of the same complaint and kind are one entry: all their ids, newest first',
  }),
  count: z.number().int(),
  kind: z.string(),
  complaintId: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  title: z.string().meta({
    description: 'What happened, in the language of Accept-Language (zh-CN or en-US), e.g. 已超时：回访',
  }),
  detail: z
    .string()
    .nullable()
    .meta({ description: 'Who, why or what the customer said; null: nothing more' }),
  about: z.string().nullable().meta({ description: 'Tracking number · subject' }),
  createdAt: z.string(),
  readAt: z.string().nullable().meta({ description: 'null while any of its notifications is unread' }),
});

export function notificationRoutes(app: App, { ctx }: RouteDeps): void {
  app.get(
    '/api/v1/notifications',
    {
      schema: {
        tags: ['notifications'],
        security: [{ bearer: [] }],
        summary:
          'My notifications, newest first, each saying what happened; runs of the same complaint and kind are one entry',
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
        items: presentNotifications(rows, requestLocale(request)),
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
