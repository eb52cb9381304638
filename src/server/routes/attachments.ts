/**
 * Evidence files streamed back with their own type, never rendered as a page of ours.
 */
import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { findAttachment } from '../../store/attachment-repository.js';
import { isUuid } from '../../store/ids.js';
import { requirePrincipal } from '../auth/guard.js';
import type { App, RouteDeps } from './route-context.js';

const inlineTypes = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf']);

export function attachmentRoutes(app: App, { ctx }: RouteDeps): void {
  app.get(
    '/api/v1/attachments/:id',
    {
      schema: {
        tags: ['complaints'],
        security: [{ bearer: [] }],
        summary: 'Download an evidence file',
        params: z.object({ id: z.string().max(100) }),
      },
    },
    async (request, reply) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      const file = isUuid(request.params.id)
        ? await findAttachment(ctx.database.db, request.params.id)
        : null;
      if (!file) throw new DomainError('attachment.not_found', 'No evidence file with this id.');
      const disposition = inlineTypes.has(file.contentType) ? 'inline' : 'attachment';
      return reply
        .header('content-type', file.contentType)
        .header('content-length', String(file.sizeBytes))
        .header(
          'content-disposition',
          `${disposition}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, max-age=3600')
        .send(file.data);
    },
  );
}
