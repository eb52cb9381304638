/**
 * `GET /api/v1/events`: a server-sent event stream of complaint changes for staff pages (the
 * queue refreshes when a complaint arrives or moves, a complaint page when it changes). Events
 * carry ids and actions only; the page reads what changed through the normal, access-checked
 * API. A comment every 25 s keeps proxies from closing an idle stream.
 */
import type { ServerResponse } from 'node:http';
import { requirePrincipal } from '../auth/guard.js';
import { LiveEvents } from '../live/live-events.js';
import type { App, RouteDeps } from './route-context.js';

const heartbeatMs = 25_000;

export function eventRoutes(app: App, { ctx }: RouteDeps): void {
  const live = new LiveEvents(ctx.database);
  const open = new Set<ServerResponse>();
  // Before the server waits for open connections to finish: end the streams, or it would wait.
  app.addHook('preClose', async () => {
    for (const response of open) response.end();
  });
  app.addHook('onClose', async () => live.stop());

  app.get(
    '/api/v1/events',
    {
      schema: {
        tags: ['live'],
        security: [{ bearer: [] }],
        summary: 'Server-sent events: complaint changes, as they commit',
        description:
          'text/event-stream. `event: complaint` with data `{"complaintId","action"}` (the history action, e.g. complaint.opened, complaint.status_changed, message.added) for every change; `event: notification` with data `{"kind","complaintId"}` when the signed-in user gets a notification. Read through the API to see what changed.',
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.read');
      const userId = principal.user.id;
      const response = reply.raw;
      reply.hijack();
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      response.write('retry: 3000\n\n');
      open.add(response);
      const unsubscribe = await live.subscribe((event) => {
        if (event.type === 'complaint') {
          const { complaintId, action } = event;
          response.write(`event: complaint\ndata: ${JSON.stringify({ complaintId, action })}\n\n`);
        } else if (event.userId === userId) {
          const { kind, complaintId } = event;
          response.write(`event: notification\ndata: ${JSON.stringify({ kind, complaintId })}\n\n`);
        }
      });
      const heartbeat = setInterval(() => response.write(': ping\n\n'), heartbeatMs);
      heartbeat.unref();
      const close = () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(response);
      };
      response.on('close', close);
    },
  );
}
